using System.Net;
using System.Security.Cryptography.X509Certificates;
using EdgeQueue.Central.Sync.Link;
using EdgeQueue.Mqtt.Broker;
using EdgeQueue.Mqtt.Broker.Security;
using EdgeQueue.Security;
using EdgeQueue.Testing;

namespace EdgeQueue.Sync.Tests.Support;

/// <summary>
/// The city's central broker for a test: the project's embedded broker or a real Mosquitto, with a
/// login for central and one per hub and the ACL of <see cref="SyncAccessRules"/>; optionally TLS
/// only. Can be stopped and started again on the same port (a cut link).
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

    private CentralBroker(IReadOnlyList<string> sites, X509Certificate2? certificate, int port)
    {
        _sites = sites;
        _certificate = certificate;
        _port = port;
    }

    public bool Tls => _certificate is not null;

    public string Url => $"{(Tls ? "mqtts" : "mqtt")}://127.0.0.1:{Port}";

    public int Port => _mosquitto is { } m ? (Tls ? m.TlsPort!.Value : m.Port) : _port;

    public string Kind => _mosquitto is null ? "embedded" : "mosquitto";

    public static string HubUser(string site) => $"hub-{site}";

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
        if (_mosquitto is { } mosquitto)
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
        if (_mosquitto is { } mosquitto)
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
