using System.Net;
using EdgeQueue.Hub.Security;
using EdgeQueue.Hub.Site;
using EdgeQueue.Mqtt.Broker;
using EdgeQueue.Mqtt.Broker.Security;
using EdgeQueue.Security;

namespace EdgeQueue.Simulator.Hall;

/// <summary>
/// The hall's MQTT broker: the project's own, hosted by the simulator (the hub is its client, as
/// with a Mosquitto beside the hub), so that a broker restart can be ordered without touching the
/// hub. Devices log in with their own password and get only their own topics
/// (<see cref="DeviceTopicRules"/>, the hub's rules); sessions and retained messages are kept on
/// disk, so a restart keeps them as Mosquitto's persistence would.
/// </summary>
internal sealed class SiteBroker : IAsyncDisposable
{
    private readonly SiteDefinition _site;
    private readonly HallCredentials _credentials;
    private readonly string _dataFolder;
    private MqttBroker? _broker;

    public SiteBroker(SiteDefinition site, HallCredentials credentials, int port, string dataFolder)
    {
        _site = site;
        _credentials = credentials;
        Port = port;
        _dataFolder = dataFolder;
    }

    public int Port { get; }

    public bool IsRunning => _broker is not null;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var hashes = _site.Devices.ToDictionary(d => d.Id.ToString(), d => d.PasswordHash, StringComparer.Ordinal);
        var rules = _site.Devices.ToDictionary(d => d.Id.ToString(), d => DeviceTopicRules.ForDevice(_site.Topics, d.Id), StringComparer.Ordinal);
        rules[_credentials.HubUser] = DeviceTopicRules.ForHub(_site.Topics);
        var broker = new MqttBroker(new MqttBrokerOptions
        {
            Listeners = [new MqttListenerOptions(new IPEndPoint(IPAddress.Loopback, Port))],
            Authenticator = new DelegateAuthenticator((request, _) => ValueTask.FromResult(Authenticate(request, hashes))),
            Authorizer = new AclAuthorizer([], rules.ToDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal), []),
            DataDirectory = _dataFolder,

            // As the hub's embedded broker and the exported Mosquitto: a device is its user name.
            ClientIdMustMatchUsername = user => user != _credentials.HubUser,
        });
        await broker.StartAsync(cancellationToken);
        _broker = broker;
    }

    public async Task StopAsync()
    {
        var broker = _broker;
        _broker = null;
        if (broker is not null)
        {
            await StopAsync(broker);
        }
    }

    /// <summary>Stops a broker the simulator hosts (its clients get ten seconds to go) and frees its port.</summary>
    public static async Task StopAsync(MqttBroker broker)
    {
        ArgumentNullException.ThrowIfNull(broker);
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await broker.StopAsync(deadline.Token);
        await broker.DisposeAsync();
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private MqttAuthenticationResult Authenticate(MqttConnectRequest request, Dictionary<string, string> hashes)
    {
        if (request.Username is null)
        {
            return MqttAuthenticationResult.NotAuthorized;
        }

        var password = request.Password is { } given ? given.Span : default;
        if (request.Username == _credentials.HubUser)
        {
            return password.SequenceEqual(System.Text.Encoding.UTF8.GetBytes(_credentials.HubPassword))
                ? MqttAuthenticationResult.Accepted
                : MqttAuthenticationResult.BadUsernameOrPassword;
        }

        return hashes.TryGetValue(request.Username, out var hash) && PasswordHash.Verify(password, hash)
            ? MqttAuthenticationResult.Accepted
            : MqttAuthenticationResult.BadUsernameOrPassword;
    }
}
