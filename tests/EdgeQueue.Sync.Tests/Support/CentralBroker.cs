using System.Net;
using System.Security.Cryptography.X509Certificates;
using EdgeQueue.Central.Sync.Link;
using EdgeQueue.Mqtt.Broker;
using EdgeQueue.Mqtt.Broker.Security;
using EdgeQueue.Security;
using EdgeQueue.Testing;

namespace EdgeQueue.Sync.Tests.Support;

/// <summary>
/// The city's central broker for a test: the project's embedded broker, a real Mosquitto or a virtual
/// host of the shared RabbitMQ node, with a login for central and one per hub and the ACL of
/// <see cref="SyncAccessRules"/>; optionally TLS only (not on RabbitMQ). Can be stopped and started
/// again on the same port (a cut link; for RabbitMQ the node is killed and restarted on its data).
/// </summary>
internal sealed class CentralBroker : IAsyncDisposable
{
    public const string CentralUser = "central";
    public const string CentralPassword = "central-secret";

    private readonly IReadOnlyList<string> _sites;
    private readonly X509Certificate2? _certificate;
    private readonly int _port;
    private MosquittoRunner? _mosquitto;
    private MqttBroker? _embedded;
    private RabbitMqNode? _rabbit;

    private CentralBroker(IReadOnlyList<string> sites, X509Certificate2? certificate, int port)
    {
        _sites = sites;
        _certificate = certificate;
        _port = port;
    }

    public bool Tls => _certificate is not null;

    public string Url => $"{(Tls ? "mqtts" : "mqtt")}://127.0.0.1:{Port}";

    public int Port => _mosquitto is { } m ? (Tls ? m.TlsPort!.Value : m.Port) : _port;

    public BrokerKind Kind => _rabbit is not null ? BrokerKind.RabbitMq : _mosquitto is not null ? BrokerKind.Mosquitto : BrokerKind.Embedded;

    /// <summary>RabbitMQ's complaints (its log's error lines) so far, printed with a scenario's output; empty for the others.</summary>
    public IReadOnlyList<string> Errors => _rabbit is { } rabbit
        ? rabbit.Runner.Log.Split('\n').Where(l => l.Contains("[error]", StringComparison.Ordinal)).ToList()
        : [];

    public static string HubUser(string site) => $"hub-{site}";

    /// <summary>The hub's default client id, the one its RabbitMQ permissions name (its subscription queue).</summary>
    public static string HubClientId(string site) => $"hub-{site}";

    /// <summary>A broker of <paramref name="kind"/>; RabbitMQ's is a fresh virtual host of <paramref name="rabbit"/>.</summary>
    public static Task<CentralBroker> StartAsync(BrokerKind kind, IReadOnlyList<string> sites, RabbitMqNode rabbit) => kind switch
    {
        BrokerKind.Embedded => StartEmbeddedAsync(sites),
        BrokerKind.Mosquitto => StartMosquittoAsync(sites),
        _ => StartRabbitMqAsync(sites, rabbit),
    };

    public static async Task<CentralBroker> StartRabbitMqAsync(IReadOnlyList<string> sites, RabbitMqNode rabbit)
    {
        ArgumentNullException.ThrowIfNull(rabbit);
        var unknown = sites.Except(RabbitMqNode.Sites).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"the RabbitMQ node has no login for {string.Join(", ", unknown)}: add it to RabbitMqNode.Sites", nameof(sites));
        }

        if (!rabbit.Runner.IsRunning)
        {
            await rabbit.Runner.RestartAsync();
        }

        return new CentralBroker(sites, null, rabbit.LeaseVirtualHost()) { _rabbit = rabbit };
    }

    public static string HubPassword(string site) => $"pw-hub-{site}";

    public static async Task<CentralBroker> StartEmbeddedAsync(IReadOnlyList<string> sites, X509Certificate2? certificate = null)
    {
        var broker = new CentralBroker(sites, certificate, FreePort.Next());
        await broker.StartEmbeddedAsync();
        return broker;
    }

    public static async Task<CentralBroker> StartMosquittoAsync(IReadOnlyList<string> sites, MosquittoTls? tls = null, X509Certificate2? certificate = null)
    {
        var broker = new CentralBroker(sites, certificate, 0);
        broker._mosquitto = await MosquittoRunner.StartAsync(new MosquittoOptions
        {
            Users = [new MosquittoUser(CentralUser, CentralPassword), .. sites.Select(s => new MosquittoUser(HubUser(s), HubPassword(s)))],
            AclLines = SyncAccessRules.MosquittoLines(CentralUser, sites.ToDictionary(HubUser, s => s)),
            Tls = tls,
            ExtraConfig = ["max_inflight_messages 64", "max_queued_messages 10000"],
        });
        return broker;
    }

    /// <summary>Stops the broker (clients lose their links; retained messages are lost as with persistence off).</summary>
    public async Task StopAsync()
    {
        if (_rabbit is { } rabbit)
        {
            await rabbit.Runner.StopAsync();
        }
        else if (_mosquitto is { } mosquitto)
        {
            await mosquitto.StopAsync();
        }
        else if (_embedded is { } embedded)
        {
            _embedded = null;
            await embedded.DisposeAsync();
        }
    }

    public async Task StartAgainAsync()
    {
        if (_rabbit is { } rabbit)
        {
            await rabbit.Runner.RestartAsync();
        }
        else if (_mosquitto is { } mosquitto)
        {
            await mosquitto.RestartAsync();
        }
        else
        {
            await StartEmbeddedAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        // The node is shared: left running for the collection's next test, whatever this one did.
        if (_rabbit is { Runner.IsRunning: false } rabbit)
        {
            await rabbit.Runner.RestartAsync();
        }

        if (_mosquitto is { } mosquitto)
        {
            await mosquitto.DisposeAsync();
        }

        if (_embedded is { } embedded)
        {
            await embedded.DisposeAsync();
        }
    }

    private async Task StartEmbeddedAsync()
    {
        var hashes = new Dictionary<string, string> { [CentralUser] = PasswordHash.Create(CentralPassword, 1000) };
        var rules = new Dictionary<string, IReadOnlyList<AclRule>> { [CentralUser] = SyncAccessRules.Central };
        foreach (var site in _sites)
        {
            hashes[HubUser(site)] = PasswordHash.Create(HubPassword(site), 1000);
            rules[HubUser(site)] = SyncAccessRules.Hub(site);
        }

        var broker = new MqttBroker(new MqttBrokerOptions
        {
            Listeners = [new MqttListenerOptions(new IPEndPoint(IPAddress.Loopback, _port), _certificate)],
            Authenticator = new UserListAuthenticator(hashes, allowAnonymous: false),
            Authorizer = new AclAuthorizer([], rules, []),
        });
        await broker.StartAsync();
        _embedded = broker;
    }
}
