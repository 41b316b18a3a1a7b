using System.Net;
using EdgeQueue.Central.Sync.Link;
using EdgeQueue.Mqtt.Broker;
using EdgeQueue.Mqtt.Broker.Security;
using EdgeQueue.Security;

namespace EdgeQueue.Simulator.Hall;

/// <summary>
/// The city's broker between central and the halls, as a city runs it (Mosquitto or a cluster; here
/// the project's own broker, hosted by the simulator): a login for central and one for this hall's
/// hub, each limited by <see cref="SyncAccessRules"/>, the rules a deployment exports for its broker.
/// Sessions and retained messages are kept on disk.
/// </summary>
internal sealed class CityBroker(string siteId, HallCredentials credentials, int port, string dataFolder) : IAsyncDisposable
{
    private MqttBroker? _broker;

    public int Port => port;

    public string Url => $"mqtt://127.0.0.1:{Port}";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Few iterations: the passwords are fresh random ones and every reconnect verifies one.
        const int Iterations = 10_000;
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [credentials.CentralUser] = PasswordHash.Create(credentials.CentralPassword, Iterations),
            [credentials.CityHubUser] = PasswordHash.Create(credentials.CityHubPassword, Iterations),
        };
        var rules = new Dictionary<string, IReadOnlyList<AclRule>>(StringComparer.Ordinal)
        {
            [credentials.CentralUser] = SyncAccessRules.Central,
            [credentials.CityHubUser] = SyncAccessRules.Hub(siteId),
        };
        var broker = new MqttBroker(new MqttBrokerOptions
        {
            Listeners = [new MqttListenerOptions(new IPEndPoint(IPAddress.Loopback, Port))],
            Authenticator = new UserListAuthenticator(hashes, allowAnonymous: false),
            Authorizer = new AclAuthorizer([], rules, []),
            DataDirectory = dataFolder,
        });
        await broker.StartAsync(cancellationToken);
        _broker = broker;
    }

    public async ValueTask DisposeAsync()
    {
        var broker = _broker;
        _broker = null;
        if (broker is not null)
        {
            await SiteBroker.StopAsync(broker);
        }
    }
}
