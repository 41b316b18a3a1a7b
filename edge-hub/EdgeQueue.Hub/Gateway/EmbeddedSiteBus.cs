using System.Collections.Concurrent;
using System.Net;
using EdgeQueue.Hub.Security;
using EdgeQueue.Hub.Site;
using EdgeQueue.Mqtt.Broker;
using EdgeQueue.Mqtt.Broker.Security;
using EdgeQueue.Mqtt.Packets;
using EdgeQueue.Security;
using Microsoft.Extensions.Logging;

namespace EdgeQueue.Hub.Gateway;

/// <summary>
/// The site broker inside the hub: devices log in with their id and the password whose hash is in
/// the site file, connect with their id as client id too (another client id is refused with CONNACK
/// 5, so no device can take over another's session), and may use only their own topics
/// (<see cref="DeviceTopicRules"/>). The hub itself publishes and observes in-process, bypassing the network.
/// The credentials are live (<see cref="ApplyDevices"/>): a device added to the site file may log in
/// at once, a removed or re-keyed one is disconnected and refused.
/// </summary>
public sealed class EmbeddedSiteBus : ISiteBus
{
    private readonly MqttBroker _broker;
    private readonly ILogger _logger;
    private readonly string _bind;
    private readonly string _hubStateTopic;
    private readonly LiveDeviceCredentials _credentials;

    // The hash each device last logged in with (client id = user name on this broker).
    private readonly ConcurrentDictionary<string, string> _acceptedWith = new(StringComparer.Ordinal);

    public EmbeddedSiteBus(SiteDefinition site, int port, TimeProvider time, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        _logger = loggerFactory.CreateLogger("EdgeQueue.Hub.Broker");
        _bind = site.Broker.Bind;
        _hubStateTopic = site.Topics.HubState;
        var address = IPAddress.Parse(site.Broker.Bind);
        _credentials = new LiveDeviceCredentials(site.Topics, site.Devices);
        _broker = new MqttBroker(new MqttBrokerOptions
        {
            Listeners = [new MqttListenerOptions(new IPEndPoint(address, port))],
            Authenticator = new DelegateAuthenticator((request, _) => ValueTask.FromResult(Authenticate(request))),
            Authorizer = _credentials,
            // Every network client of this broker is a device.
            ClientIdMustMatchUsername = static _ => true,
            TimeProvider = time,
            LoggerFactory = loggerFactory,
        });
        _broker.ClientConnected += (_, e) =>
        {
            _logger.LogInformation("{Client} connected from {Address}", e.Client.Username ?? e.Client.ClientId, e.Client.RemoteEndPoint);
            DisconnectIfRevokedMeanwhile(e.Client.ClientId);
        };
        _broker.ClientDisconnected += (_, e) =>
            _logger.LogInformation("{Client} disconnected ({Reason})", e.Client.Username ?? e.Client.ClientId, e.Reason);
    }

    public event Action? Reconnected
    {
        add { }
        remove { }
    }

    public string Description => $"wbudowany broker MQTT, mqtt://{_bind}:{Port}";

    /// <summary>The bound port (the real one when 0 was asked).</summary>
    public int Port => _broker.LocalEndPoints.Count > 0 ? _broker.LocalEndPoints[0].Port : 0;

    public MqttBroker Broker => _broker;

    public Task StartAsync(CancellationToken cancellationToken) => _broker.StartAsync(cancellationToken);

    public ValueTask PublishAsync(string topic, ReadOnlyMemory<byte> payload, bool retain, CancellationToken cancellationToken)
    {
        _broker.Publish(topic, payload, MqttQualityOfService.AtLeastOnce, retain);
        return ValueTask.CompletedTask;
    }

    public Task<IAsyncDisposable> SubscribeAsync(
        string topicFilter, Func<SiteMessage, CancellationToken, ValueTask> handler, CancellationToken cancellationToken) =>
        Task.FromResult(_broker.Subscribe(topicFilter, (m, token) => handler(new SiteMessage(m.Topic, m.Payload, m.Retain), token)));

    /// <summary>
    /// Devices still connected get the retained offline state before their connections close; after a
    /// crash there is no broker left to tell them, and their own keep-alive notices the loss.
    /// </summary>
    public async Task StopAsync(ReadOnlyMemory<byte> offlineState, CancellationToken cancellationToken)
    {
        _broker.Publish(_hubStateTopic, offlineState, MqttQualityOfService.AtLeastOnce, retain: true);
        await _broker.StopAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _broker.DisposeAsync();

    /// <summary>
    /// Takes <paramref name="devices"/> (a re-read site file's) as the devices that may log in: the new
    /// credentials first, then the connections of removed and re-keyed devices are closed (their will
    /// is published, so they show offline), and their next CONNECT meets the new credentials.
    /// </summary>
    public CredentialChanges ApplyDevices(IReadOnlyList<DeviceDefinition> devices)
    {
        var changes = _credentials.Replace(devices);
        foreach (var id in changes.Removed)
        {
            _broker.Disconnect(id, "removed from the site file");
        }

        foreach (var id in changes.Rekeyed)
        {
            _broker.Disconnect(id, "given a new password");
        }

        return changes;
    }

    /// <summary>
    /// A CONNECT checked against the old credentials just before <see cref="ApplyDevices"/> swapped
    /// them may complete just after its disconnects ran: it is closed here, once the session is up.
    /// </summary>
    private void DisconnectIfRevokedMeanwhile(string clientId)
    {
        if (_acceptedWith.TryGetValue(clientId, out var used) && (!_credentials.TryGetHash(clientId, out var now) || now != used))
        {
            _broker.Disconnect(clientId, "credentials changed while it connected");
        }
    }

    private MqttAuthenticationResult Authenticate(MqttConnectRequest request)
    {
        if (request.Username is null)
        {
            _logger.LogWarning("Refused anonymous client '{ClientId}' from {Address}: devices must log in", request.ClientId, request.RemoteEndPoint);
            return MqttAuthenticationResult.NotAuthorized;
        }

        var password = request.Password is { } given ? given.Span : default;
        var known = _credentials.TryGetHash(request.Username, out var hash);
        if (known && PasswordHash.Verify(password, hash))
        {
            _acceptedWith[request.Username] = hash;
            return MqttAuthenticationResult.Accepted;
        }

        _logger.LogWarning("Refused '{User}' from {Address}: {Reason}", request.Username, request.RemoteEndPoint,
            known ? "wrong password" : "not a device of this site");
        return MqttAuthenticationResult.BadUsernameOrPassword;
    }
}
