using EdgeQueue.Hub.Site;
using EdgeQueue.Mqtt.Link;

namespace EdgeQueue.Hub.Central;

/// <summary>The validated <c>central</c> section: where the central broker is and how the hub logs in.</summary>
public sealed record CentralLinkSettings
{
    public required Uri Url { get; init; }

    public required string Username { get; init; }

    public required string Password { get; init; }

    /// <summary>PEM file of the CA that signed the central broker's certificate; null trusts the system store.</summary>
    public string? CaFile { get; init; }

    public string? ClientId { get; init; }

    public bool UseTls => MqttBrokerUrl.UsesTls(Url);

    public int Port => MqttBrokerUrl.PortOf(Url);

    public string Describe() => $"{Url.Scheme}://{Url.Host}:{Port}, login '{Username}'";

    /// <summary>
    /// Checks the section; every problem is added to <paramref name="problems"/> with its field name.
    /// Null (no link) when the section is absent.
    /// </summary>
    public static CentralLinkSettings? FromSection(CentralSection? section, string? siteFileFolder, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (section is null)
        {
            return null;
        }

        var count = problems.Count;
        if (!MqttBrokerUrl.TryParse(section.Url, out var url))
        {
            problems.Add($"central.url: '{section.Url}' must be mqtt://host[:port] or mqtts://host[:port]");
        }

        if (string.IsNullOrWhiteSpace(section.Username))
        {
            problems.Add("central.username: missing (the hub's own user on the central broker)");
        }

        var password = PasswordSetting.Resolve(section.Password, section.PasswordEnv, "central", problems.Add);

        string? caFile = null;
        if (section.CaFile is { Length: > 0 } ca)
        {
            caFile = Path.GetFullPath(Path.Combine(siteFileFolder ?? Directory.GetCurrentDirectory(), ca));
            if (!File.Exists(caFile))
            {
                problems.Add($"central.caFile: '{caFile}' does not exist");
            }
            else if (url is { Scheme: "mqtt" })
            {
                problems.Add("central.caFile: only for an mqtts:// url");
            }
        }

        return problems.Count > count
            ? null
            : new CentralLinkSettings { Url = url!, Username = section.Username!, Password = password!, CaFile = caFile, ClientId = section.ClientId };
    }
}
