using System.Collections.Concurrent;
using System.Net;
using EdgeQueue.Mqtt.Broker.Connections;
using EdgeQueue.Mqtt.Broker.Diagnostics;
using EdgeQueue.Mqtt.Broker.Persistence;
using EdgeQueue.Mqtt.Broker.Routing;
using EdgeQueue.Mqtt.Broker.Security;
using EdgeQueue.Mqtt.Broker.Sessions;
using EdgeQueue.Mqtt.Packets;
using Microsoft.Extensions.Logging;

namespace EdgeQueue.Mqtt.Broker;

/// <summary>
/// The embedded MQTT 3.1.1 broker: TCP and TLS listeners, QoS 0/1/2, retained messages, last wills,
/// clean and persistent sessions, keep-alive, session takeover, per-client authentication and
/// authorization. A host starts it, may publish and observe in-process, and learns of clients
/// connecting and disconnecting through events.
/// </summary>
public sealed class MqttBroker : IAsyncDisposable
{
    private readonly MqttBrokerOptions _options;
    private readonly ILogger _logger;
    private readonly MessageRouter _router = new();
    private readonly SessionManager _sessions;
    private readonly RepeatedWarnings _warnings;
    private readonly PendingConnections _pending;
    private readonly ConcurrentDictionary<BrokerConnection, Task> _connections = new();
    private readonly List<BrokerListener> _listeners = [];
    private readonly CancellationTokenSource _stopping = new();
    private StateFile<List<StoredMessage>>? _retainedFile;
    private StateFile<List<StoredSession>>? _sessionFile;
    private int _state; // 0 new, 1 started, 2 stopped

    public MqttBroker(MqttBrokerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Limits.Validate();
        options.LoginBackoff.Validate();
        if (options.Listeners.Count == 0)
        {
            throw new ArgumentException("the broker needs at least one listener", nameof(options));
        }

        _options = options;
        _logger = options.LoggerFactory.CreateLogger("EdgeQueue.Mqtt.Broker");
        _warnings = new RepeatedWarnings(_logger, options.TimeProvider);
        _sessions = new SessionManager(options, _router, _logger, _warnings);
        _pending = new PendingConnections(options.Limits.MaxPendingConnections);
    }

    /// <summary>A client's CONNECT was accepted. Raised on the connection's thread: return quickly.</summary>
    public event EventHandler<MqttClientConnected>? ClientConnected
    {
        add => _sessions.ClientConnected += value;
        remove => _sessions.ClientConnected -= value;
    }

    /// <summary>An accepted client's connection ended (after its will, if any, was published).</summary>
    public event EventHandler<MqttClientDisconnected>? ClientDisconnected
    {
        add => _sessions.ClientDisconnected += value;
        remove => _sessions.ClientDisconnected -= value;
    }

    /// <summary>The bound addresses, in the order of <see cref="MqttBrokerOptions.Listeners"/> (real ports when 0 was asked).</summary>
    public IReadOnlyList<IPEndPoint> LocalEndPoints => [.. _listeners.Select(l => l.LocalEndPoint)];

    /// <summary>Clients with an accepted CONNECT right now.</summary>
    public IReadOnlyList<MqttClientIdentity> ConnectedClients => _sessions.ConnectedClients;

    /// <summary>Open network connections, including ones that have not sent CONNECT yet.</summary>
    public int ConnectionCount => _connections.Count;

    /// <summary>Sockets that have not completed CONNECT yet (at most <see cref="MqttBrokerLimits.MaxPendingConnections"/>).</summary>
    public int PendingConnectionCount => _pending.Count;

    /// <summary>
    /// Messages not delivered since the start: a full queue of an offline session or of an
    /// in-process publish, a QoS 0 message to a client that reads too slowly, a message its user
    /// may not read. Each is also logged at Warning (summarised in a flood).
    /// </summary>
    public long DroppedMessages => _sessions.Drops.Total;

    /// <summary><see cref="DroppedMessages"/> per client id (the first <see cref="DeliveryDrops.MaxClientsCounted"/> client ids that had any).</summary>
    public IReadOnlyDictionary<string, long> DroppedMessagesByClient => _sessions.Drops.ByClient;

    /// <summary>Stored sessions: connected clients plus offline persistent sessions.</summary>
    public int SessionCount => _sessions.SessionCount;

    public RetainedMessageStore RetainedMessages => _router.Retained;

    /// <summary>Binds every listener. Throws (with the address in the message) when one cannot be bound.</summary>
    public Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.CompareExchange(ref _state, 1, 0) != 0)
        {
            throw new InvalidOperationException("the broker was already started");
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (_options.DataDirectory is { } data)
        {
            LoadState(data);
        }

        try
        {
            foreach (var listenerOptions in _options.Listeners)
            {
                var listener = new BrokerListener(listenerOptions, ServeAsync, _options.Limits.ConnectTimeout, _pending, _options.TimeProvider, _logger);
                _listeners.Add(listener);
                try
                {
                    listener.Start(_stopping.Token);
                }
                catch (System.Net.Sockets.SocketException e)
                {
                    throw new IOException($"cannot listen on {listenerOptions}: {e.Message}", e);
                }

                _logger.LogInformation("MQTT broker listening on {Scheme}://{EndPoint}",
                    listenerOptions.IsTls ? "mqtts" : "mqtt", listener.LocalEndPoint);
            }
        }
        catch
        {
            foreach (var listener in _listeners)
            {
                listener.Dispose();
            }

            throw;
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Stops accepting, closes every connection after writing what was already queued for it (wills
    /// are not published) and waits for them to end.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _state, 2) != 1)
        {
            return;
        }

        await _stopping.CancelAsync();
        foreach (var listener in _listeners)
        {
            await listener.StopAsync();
            listener.Dispose();
        }

        foreach (var connection in _connections.Keys)
        {
            // Graceful: messages published just before the stop (the hub's offline state) still go out.
            connection.Close(MqttDisconnectReason.BrokerStopping, "broker stopping");
        }

        await Task.WhenAll(_connections.Values).WaitAsync(cancellationToken);
        _warnings.Dispose();
        _retainedFile?.Dispose();
        _sessionFile?.Dispose();
        _logger.LogInformation("MQTT broker stopped");
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stopping.Dispose();
    }

    /// <summary>
    /// Publishes from inside the process (the hub's replies, configuration and hall calls). Not
    /// subject to authorization. Delivered before this returns to every matching subscriber's queue.
    /// </summary>
    public void Publish(string topic, ReadOnlyMemory<byte> payload,
        MqttQualityOfService qualityOfService = MqttQualityOfService.AtLeastOnce, bool retain = false)
    {
        MqttTopic.ValidateName(topic);
        MqttStrings.GetValidatedByteCount(topic, "topic name");
        _router.Publish(new BrokerMessage(topic, payload, qualityOfService, retain, PublisherClientId: null));
    }

    /// <summary>
    /// Observes messages matching <paramref name="topicFilter"/> inside the process. The handler runs
    /// on its own task, one message at a time, in arrival order; retained messages that match are
    /// handed over first, with <see cref="BrokerMessage.Retain"/> true. Dispose the result to stop.
    /// </summary>
    public IAsyncDisposable Subscribe(string topicFilter, Func<BrokerMessage, CancellationToken, ValueTask> handler)
    {
        MqttTopic.ValidateFilter(topicFilter);
        ArgumentNullException.ThrowIfNull(handler);
        var subscription = new InProcessSubscription(topicFilter, handler, s => _router.Unsubscribe(s, s.TopicFilter), _logger);
        _router.Subscribe(subscription, topicFilter, MqttQualityOfService.ExactlyOnce);
        _router.SendRetained(subscription, topicFilter, MqttQualityOfService.ExactlyOnce);
        return subscription;
    }

    /// <summary>
    /// Closes a connected client's connection (for example after its credentials were revoked); its
    /// will is published and a persistent session is kept. False when the client id is not connected.
    /// </summary>
    public bool Disconnect(string clientId, string reason = "closed by the host")
    {
        ArgumentNullException.ThrowIfNull(clientId);
        return _sessions.Disconnect(clientId, reason);
    }

    /// <summary>Loads retained messages and persistent sessions from the data folder and keeps saving them.</summary>
    private void LoadState(string directory)
    {
        var retained = _router.Retained;
        _retainedFile = new StateFile<List<StoredMessage>>(directory, "retained.json", BrokerStateJsonContext.Default.ListStoredMessage, () => retained.Version,
            () => [.. retained.Snapshot().Select(m => new StoredMessage(m.Topic, m.Payload.ToArray(), (int)m.QualityOfService, Retain: true))],
            _options.TimeProvider, _logger);
        foreach (var saved in _retainedFile.Load() ?? [])
        {
            if (MqttTopic.IsValidName(saved.Topic) && saved.Qos is >= 0 and <= 2)
            {
                retained.Set(new BrokerMessage(saved.Topic, saved.Payload, (MqttQualityOfService)saved.Qos, Retain: true, PublisherClientId: null));
            }
        }

        _retainedFile.StartSaving();
        _sessionFile = new StateFile<List<StoredSession>>(directory, "sessions.json", BrokerStateJsonContext.Default.ListStoredSession, () => _sessions.Changes.Value,
            _sessions.SnapshotPersistent, _options.TimeProvider, _logger);
        var sessions = _sessionFile.Load() ?? [];
        _sessions.Restore(sessions.Where(s => s.ClientId.Length > 0));
        _sessionFile.StartSaving();
        _logger.LogInformation("Loaded {Retained} retained messages and {Sessions} persistent sessions from {Directory}",
            retained.Count, sessions.Count, directory);
    }

    private async Task ServeAsync(Stream stream, EndPoint? remote, bool isTls)
    {
        var connection = new BrokerConnection(stream, remote, isTls, _sessions, _pending);
        var completion = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _connections[connection] = completion.Task;
        try
        {
            if (_stopping.IsCancellationRequested)
            {
                connection.Abort(MqttDisconnectReason.BrokerStopping, "broker stopping");
            }

            await connection.RunAsync();
        }
        finally
        {
            _connections.TryRemove(connection, out _);
            completion.TrySetResult();
        }
    }
}
