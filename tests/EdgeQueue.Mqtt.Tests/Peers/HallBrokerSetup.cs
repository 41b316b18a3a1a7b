using System.Net;
using EdgeQueue.Mqtt.Broker;
using EdgeQueue.Mqtt.Broker.Security;
using EdgeQueue.Security;

namespace EdgeQueue.Mqtt.Tests.Peers;

/// <summary>
/// A broker set up like a hall's: no anonymous access, a hub user that may use all of eq/v1, devices
/// limited by patterns to their own topics (DESIGN.md §5 rule 4) and to their user name as client
/// id, and a tester allowed everything (under any client id).
/// </summary>
internal static class HallBrokerSetup
{
    public const string Site = "hall1";

    /// <summary>(user, password) pairs; each device's user name is its device id.</summary>
    public static readonly (string User, string Password)[] Users =
    [
        ("hub", "hub-secret"),
        ("disp-01", "disp-01-secret"),
        ("disp-02", "disp-02-secret"),
        ("tester", "tester-secret"),
    ];

    public static readonly AclRule[] DevicePatterns =
    [
        new("eq/v1/+/device/%u/event", AclAccess.Write),
        new("eq/v1/+/device/%u/state", AclAccess.Write),
        new("eq/v1/+/device/%u/reply", AclAccess.Read),
        new("eq/v1/+/device/%u/config", AclAccess.Read),
        new("eq/v1/+/device/%u/show", AclAccess.Read),
        new("eq/v1/+/hall/calls", AclAccess.Read),
    ];

    public static string Password(string user) => Users.Single(u => u.User == user).Password;

    public static bool IsDevice(string user) => user.StartsWith("disp-", StringComparison.Ordinal);

    public static async Task<MqttBroker> StartAsync()
    {
        var hashes = Users.ToDictionary(u => u.User, u => PasswordHash.Create(u.Password, iterations: 1_000));
        var userRules = new Dictionary<string, IReadOnlyList<AclRule>>
        {
            ["hub"] = [new AclRule("eq/v1/#", AclAccess.ReadWrite)],
            ["tester"] = [new AclRule("#", AclAccess.ReadWrite), new AclRule("$app/#", AclAccess.ReadWrite)],
        };
        var broker = new MqttBroker(new MqttBrokerOptions
        {
            Listeners = [new MqttListenerOptions(new IPEndPoint(IPAddress.Loopback, 0))],
            Authenticator = new UserListAuthenticator(hashes, allowAnonymous: false),
            Authorizer = new AclAuthorizer([], userRules, DevicePatterns),
            ClientIdMustMatchUsername = IsDevice,
        });
        await broker.StartAsync();
        return broker;
    }
}
