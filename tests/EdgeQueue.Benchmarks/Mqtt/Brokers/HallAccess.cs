using System.Globalization;
using System.Text.Json;
using EdgeQueue.Mqtt.Broker.Security;
using EdgeQueue.Security;
using EdgeQueue.Testing;

namespace EdgeQueue.Benchmarks.Mqtt.Brokers;

/// <summary>
/// A hall's users and ACL, written in each broker's own format: the hub may use all of eq/v1, a
/// device (user name = device id) only its own topics (DESIGN.md §5 rule 4), a tester everything.
/// The same users as tests/EdgeQueue.Mqtt.Tests/Peers (paho_peer.py expects them).
/// </summary>
internal static class HallAccess
{
    public const string Site = "hall1";

    public static readonly IReadOnlyDictionary<string, string> Passwords = new Dictionary<string, string>
    {
        ["hub"] = "hub-secret",
        ["disp-01"] = "disp-01-secret",
        ["disp-02"] = "disp-02-secret",
        ["tester"] = "tester-secret",
    };

    private static readonly (string User, string Topic, string Access)[] UserRules =
    [
        ("hub", "eq/v1/#", "readwrite"),
        ("tester", "#", "readwrite"),
        ("tester", "$app/#", "readwrite"),
    ];

    private static readonly (string Topic, string Access)[] DevicePatterns =
    [
        ("eq/v1/+/device/%u/event", "write"),
        ("eq/v1/+/device/%u/state", "write"),
        ("eq/v1/+/device/%u/reply", "read"),
        ("eq/v1/+/device/%u/config", "read"),
        ("eq/v1/+/device/%u/show", "read"),
        ("eq/v1/+/hall/calls", "read"),
    ];

    /// <summary>The embedded broker's configuration file (protocol/README.md), listening on 127.0.0.1:<paramref name="port"/>.</summary>
    public static string BrokerJson(int port)
    {
        var document = new
        {
            listeners = new[] { new { port, bind = "127.0.0.1" } },
            allowAnonymous = false,
            users = Passwords.Select(p => new
            {
                username = p.Key,
                // Few iterations: the measurements connect often, and hashing speed is not measured.
                passwordHash = PasswordHash.Create(p.Value, iterations: 1_000),
                acl = UserRules.Where(r => r.User == p.Key).Select(r => new { topic = r.Topic, access = r.Access }).ToArray(),
            }),
            patterns = DevicePatterns.Select(r => new { topic = r.Topic, access = r.Access }),
        };
        return JsonSerializer.Serialize(document);
    }

    /// <summary>The same users and rules for <see cref="MosquittoRunner"/> (password file and acl_file).</summary>
    public static MosquittoOptions Mosquitto(IReadOnlyList<string> extraConfig) => new()
    {
        Users = [.. Passwords.Select(p => new MosquittoUser(p.Key, p.Value))],
        AclLines =
        [
            .. UserRules.GroupBy(r => r.User).SelectMany(g => new[] { $"user {g.Key}" }.Concat(g.Select(r => $"topic {r.Access} {r.Topic}"))),
            "",
            .. DevicePatterns.Select(r => $"pattern {r.Access} {r.Topic}"),
        ],
        ExtraConfig = extraConfig,
    };

    /// <summary>The users as paho_peer.py's --users argument.</summary>
    public static string PasswordsJson() => JsonSerializer.Serialize(Passwords);

    public static string DeviceTopic(string device, string kind) =>
        string.Create(CultureInfo.InvariantCulture, $"eq/v1/{Site}/device/{device}/{kind}");
}
