using EdgeQueue.Mqtt.Link;

namespace EdgeQueue.Hub.Site.Validation;

/// <summary>The broker section: embedded (port, bind) or external (URL, login, password or its environment variable, CA file).</summary>
internal sealed class BrokerSectionValidator(SiteProblems problems)
{
    public BrokerSettings? Build(BrokerSection? fromFile)
    {
        var section = fromFile ?? new BrokerSection();
        var mode = section.Mode ?? "embedded";
        if (mode == "embedded")
        {
            var port = section.Port ?? 1883;
            problems.CheckPort(port, "broker.port", allowZero: true);
            if (section.Url is not null)
            {
                problems.Add("broker.url: only for \"mode\": \"external\"; the embedded broker takes broker.port");
            }

            return new BrokerSettings { Embedded = true, Port = port, Bind = section.Bind ?? "0.0.0.0" };
        }

        if (mode != "external")
        {
            problems.Add($"broker.mode: '{mode}' must be \"embedded\" or \"external\"");
            return null;
        }

        if (!MqttBrokerUrl.TryParse(section.Url, out var url))
        {
            problems.Add($"broker.url: '{section.Url}' must be mqtt://host[:port] or mqtts://host[:port]");
            return null;
        }

        problems.Require(section.Username, "broker.username");
        var password = PasswordSetting.Resolve(section.Password, section.PasswordEnv, "broker", problems.Add);

        if (section.CaFile is { } caFile)
        {
            if (url.Scheme != "mqtts")
            {
                problems.Add("broker.caFile: only for an mqtts:// broker");
            }
            else if (!File.Exists(caFile))
            {
                problems.Add($"broker.caFile: '{caFile}' does not exist");
            }
        }

        return new BrokerSettings { Embedded = false, Url = url, Username = section.Username, Password = password, CaFile = section.CaFile };
    }
}
