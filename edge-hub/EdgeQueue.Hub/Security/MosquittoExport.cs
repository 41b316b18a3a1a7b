using System.Text;
using EdgeQueue.Hub.Site;
using EdgeQueue.Mqtt.Broker.Security;

namespace EdgeQueue.Hub.Security;

/// <summary>
/// Writes a Mosquitto <c>password_file</c> and <c>acl_file</c> for a site on an external broker:
/// one user per device (hash copied from the site file) and the hub's user, with the topic rules
/// of <see cref="DeviceTopicRules"/>. <c>./edgequeue hub export-mosquitto --site FILE --out DIR</c>.
/// </summary>
public static class MosquittoExport
{
    public const string PasswordFileName = "edgequeue.passwd";
    public const string AclFileName = "edgequeue.acl";
    public const string ConfigFileName = "edgequeue.conf";

    public static string PasswordFile(SiteDefinition site, string hubPasswordHash)
    {
        ArgumentNullException.ThrowIfNull(site);
        var text = new StringBuilder();
        text.Append(HubUser(site)).Append(':').Append(hubPasswordHash).Append('\n');
        foreach (var device in site.Devices)
        {
            text.Append(device.Id).Append(':').Append(device.PasswordHash).Append('\n');
        }

        return text.ToString();
    }

    public static string AclFile(SiteDefinition site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var topics = site.Topics;
        var text = new StringBuilder();
        text.Append("# EdgeQueue site ").Append(site.SiteId).Append(": generated from the site file, do not edit by hand.\n");
        text.Append("# Each device publishes only its own event/state and reads only its own reply/config/show and hall/calls.\n\n");
        AppendUser(text, HubUser(site), DeviceTopicRules.ForHub(topics));
        foreach (var device in site.Devices)
        {
            AppendUser(text, device.Id.ToString(), DeviceTopicRules.ForDevice(topics, device.Id));
        }

        return text.ToString();
    }

    /// <summary>A mosquitto.conf fragment that uses the two files (include_dir or paste).</summary>
    /// <param name="folder">Where the password and ACL files are.</param>
    /// <param name="port">The listener's port.</param>
    /// <param name="bind">The listener's address; null listens on all (a hall's devices are on the LAN).</param>
    public static string ConfigFragment(string folder, int port, string? bind = null) =>
        $"# EdgeQueue: devices and hub authenticate; ACL per device (DESIGN.md §5 rule 4)\n" +
        $"listener {port}{(bind is null ? string.Empty : " " + bind)}\n" +
        "# Each client's id becomes its user name: disp-02 cannot connect as client disp-01, so it can\n" +
        "# neither kick disp-01 off nor resume its session (issue 13 item 3). Listener option (Mosquitto 2.0).\n" +
        "use_username_as_clientid true\n" +
        "allow_anonymous false\n" +
        "# Replies go out at once instead of waiting on Nagle's algorithm (40 ms and more per round trip).\n" +
        "set_tcp_nodelay true\n" +
        "# Mosquitto's defaults hold 1,000 messages per client and accept any announced packet size: a\n" +
        "# hall's bursts fit in 10,000, and no contract message comes near 1 MiB (an unauthenticated\n" +
        "# socket cannot make the broker buffer more).\n" +
        "max_queued_messages 10000\n" +
        "max_packet_size 1048576\n" +
        $"password_file {Path.Combine(folder, PasswordFileName)}\n" +
        $"acl_file {Path.Combine(folder, AclFileName)}\n";

    /// <summary>The hub's MQTT user name on the external broker.</summary>
    public static string HubUser(SiteDefinition site)
    {
        ArgumentNullException.ThrowIfNull(site);
        return site.Broker.Username ?? $"hub-{site.SiteId}";
    }

    private static void AppendUser(StringBuilder text, string user, IReadOnlyList<AclRule> rules)
    {
        text.Append("user ").Append(user).Append('\n');
        foreach (var rule in rules)
        {
            var access = rule.Access switch
            {
                AclAccess.Read => "read",
                AclAccess.Write => "write",
                _ => "readwrite",
            };
            text.Append("topic ").Append(access).Append(' ').Append(rule.Topic).Append('\n');
        }

        text.Append('\n');
    }
}
