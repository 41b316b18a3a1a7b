using System.Text;
using System.Threading.Channels;
using EdgeQueue.Mqtt.Packets;

namespace EdgeQueue.Mqtt.Client;

/// <summary>
/// MQTT 3.1.1 client: connect (clean or persistent session, credentials, last will), keep-alive with
/// dead-link detection, publish QoS 0/1/2 with a bounded in-flight window, subscribe/unsubscribe,
/// automatic reconnect with jittered exponential back-off, re-subscription and DUP resends.
/// Received messages arrive on <see cref="Messages"/>. Thread-safe; all timing via TimeProvider.
/// </summary>
/// <remarks>
/// Delivery guarantees: a QoS 1/2 publish completes when the broker acknowledged it (PUBACK, or
/// PUBCOMP). Until then it is resent on every new connection, so with auto-reconnect nothing is lost
/// while the process lives. A received QoS 1/2 message is acknowledged only after it was put on
/// <see cref="Messages"/>; QoS 2 duplicates are suppressed until the broker's PUBREL.
/// </remarks>
public sealed partial class MqttClient : IAsyncDisposable
{
    private static readonly TimeSpan DisconnectDrainTimeout = TimeSpan.FromSeconds(2);

    private readonly MqttClientOptions _options;
    private readonly TimeProvider _time;
    private readonly MqttPacketDecoder _decoder;
    private readonly Channel<MqttApplicationMessage> _messages;
    private readonly SemaphoreSlim _window;
    private readonly Lock _gate = new();
    private readonly Dictionary<ushort, PendingRequest> _pending = [];
    private readonly HashSet<ushort> _incomingQos2 = [];
    private readonly Dictionary<string, MqttQualityOfService> _subscriptions = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _lifetime = new();

    /// <summary>The connection accepted by CONNACK (possibly still resending), or null.</summary>
    private MqttConnection? _current;

    /// <summary>The connection new packets go to directly: accepted and done resending.</summary>
    private MqttConnection? _ready;

    private TaskCompletionSource<MqttConnection> _readySignal = NewReadySignal();
    private CancellationTokenSource? _run;
    private ITimer? _keepAliveTimer;
    private bool _wanted;
    private bool _reconnecting;
    private bool _disposed;
    private ushort _lastPacketId;
    private long _order;

    public MqttClient(MqttClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _time = options.TimeProvider;
        _decoder = new MqttPacketDecoder(options.MaximumPacketSize);
        _window = new SemaphoreSlim(options.MaxInFlight, options.MaxInFlight);
        _messages = Channel.CreateBounded<MqttApplicationMessage>(new BoundedChannelOptions(options.MessageBufferCapacity)
        {
            // Not single-writer: during a reconnect the old connection's last delivery may overlap the new one's first.
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    /// <summary>Raised after each CONNACK and each lost link (also for failed reconnect attempts).</summary>
    public event EventHandler<MqttConnectionStateChangedEventArgs>? ConnectionStateChanged;

    public MqttClientOptions Options => _options;

    /// <summary>Messages from subscriptions, in the order the broker sent them.</summary>
    public ChannelReader<MqttApplicationMessage> Messages => _messages.Reader;

    public bool IsConnected
    {
        get
        {
            lock (_gate)
            {
                return _ready is { IsClosed: false };
            }
        }
    }

    /// <summary>
    /// Connects once; throws <see cref="MqttConnectException"/> when the broker refuses (with its
    /// CONNACK code), <see cref="TimeoutException"/> without an answer in time, or the transport's
    /// exception. After success, a lost link is re-established automatically if enabled.
    /// </summary>
    public async Task<MqttConnectResult> ConnectAsync(CancellationToken cancellation = default)
    {
        CancellationTokenSource run;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_wanted)
            {
                throw new InvalidOperationException("the client is already connected (or reconnecting); call DisconnectAsync first");
            }

            _wanted = true;
            run = _run = CancellationTokenSource.CreateLinkedTokenSource(_lifetime.Token);
        }

        try
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellation, run.Token);
            var (connection, sessionPresent) = await OpenAsync(linked.Token);
            await ActivateAsync(connection, sessionPresent);
            return new MqttConnectResult(sessionPresent);
        }
        catch
        {
            lock (_gate)
            {
                if (_run == run)
                {
                    _wanted = false;
                    _run = null;
                }
            }

            await run.CancelAsync();
            run.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Starts connecting in the background and returns at once: attempts repeat with back-off until one
    /// succeeds, and after that the link is kept up as after <see cref="ConnectAsync"/>. For services
    /// that must start while the broker is away (the site never waits for central). Publishes and
    /// subscriptions made meanwhile are sent once connected; failures are reported through
    /// <see cref="ConnectionStateChanged"/>. Needs <see cref="MqttClientOptions.AutoReconnect"/>.
    /// </summary>
    public void Start()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (!_options.AutoReconnect)
            {
                throw new InvalidOperationException("Start keeps retrying and needs AutoReconnect; use ConnectAsync instead");
            }

            if (_wanted)
            {
                throw new InvalidOperationException("the client is already connected (or reconnecting); call DisconnectAsync first");
            }

            _wanted = true;
            _reconnecting = true;
            _run = CancellationTokenSource.CreateLinkedTokenSource(_lifetime.Token);
        }

        StartReconnectLoop(attempt: -1);
    }

    /// <summary>Publishes text as UTF-8.</summary>
    public Task PublishAsync(string topic, string payload, MqttQualityOfService qualityOfService = MqttQualityOfService.AtMostOnce,
        bool retain = false, CancellationToken cancellation = default) =>
        PublishAsync(topic, Encoding.UTF8.GetBytes(payload), qualityOfService, retain, cancellation);

    /// <summary>
    /// Publishes a message. QoS 0 completes once queued on a connection; QoS 1 on PUBACK; QoS 2 on
    /// PUBCOMP. Waits while the in-flight window is full or the link is down (auto-reconnect).
    /// Cancelling after the message was handed over does not recall it.
    /// </summary>
    public async Task PublishAsync(string topic, ReadOnlyMemory<byte> payload, MqttQualityOfService qualityOfService = MqttQualityOfService.AtMostOnce,
        bool retain = false, CancellationToken cancellation = default)
    {
        var packet = new PublishPacket
        {
            Topic = topic,
            Payload = payload,
            QualityOfService = qualityOfService,
            Retain = retain,
            PacketId = qualityOfService == MqttQualityOfService.AtMostOnce ? (ushort)0 : (ushort)1,
        };

        // Refuse what a broker would have to refuse, before anything is queued.
        MqttPacketEncoder.GetEncodedLength(packet);
        if (qualityOfService == MqttQualityOfService.AtMostOnce)
        {
            await SendWhenConnectedAsync(packet, cancellation);
            return;
        }

        await _window.WaitAsync(cancellation);
        PendingRequest request;
        try
        {
            request = AddRequest(id => packet with { PacketId = id }, holdsWindowSlot: true);
        }
        catch
        {
            _window.Release();
            throw;
        }

        await SendIfReadyAsync(request);
        await request.Completion.Task.WaitAsync(cancellation);
    }

    public Task PublishAsync(MqttApplicationMessage message, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        return PublishAsync(message.Topic, message.Payload, message.QualityOfService, message.Retain, cancellation);
    }

    public async Task<SubscribeReturnCode> SubscribeAsync(string topicFilter, MqttQualityOfService qualityOfService,
        CancellationToken cancellation = default) =>
        (await SubscribeAsync([new MqttSubscription(topicFilter, qualityOfService)], cancellation))[0];

    /// <summary>
    /// Subscribes and returns the broker's answer per filter: the granted QoS, or
    /// <see cref="SubscribeReturnCode.Failure"/> (e.g. refused by the broker's ACL). Granted filters
    /// are subscribed again after a reconnect that lost the session.
    /// </summary>
    public async Task<IReadOnlyList<SubscribeReturnCode>> SubscribeAsync(IReadOnlyList<MqttSubscription> subscriptions,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(subscriptions);
        MqttPacketEncoder.GetEncodedLength(new SubscribePacket(1, subscriptions));
        var request = AddRequest(id => new SubscribePacket(id, [.. subscriptions]), holdsWindowSlot: false);
        await SendIfReadyAsync(request);
        var ack = (SubAckPacket)await request.Completion.Task.WaitAsync(cancellation);
        lock (_gate)
        {
            for (var i = 0; i < subscriptions.Count; i++)
            {
                if (ack.ReturnCodes[i] != SubscribeReturnCode.Failure)
                {
                    _subscriptions[subscriptions[i].TopicFilter] = subscriptions[i].QualityOfService;
                }
            }
        }

        return ack.ReturnCodes;
    }

    public async Task UnsubscribeAsync(IReadOnlyList<string> topicFilters, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(topicFilters);
        MqttPacketEncoder.GetEncodedLength(new UnsubscribePacket(1, topicFilters));
        lock (_gate)
        {
            foreach (var filter in topicFilters)
            {
                _subscriptions.Remove(filter);
            }
        }

        var request = AddRequest(id => new UnsubscribePacket(id, [.. topicFilters]), holdsWindowSlot: false);
        await SendIfReadyAsync(request);
        await request.Completion.Task.WaitAsync(cancellation);
    }

    public Task UnsubscribeAsync(string topicFilter, CancellationToken cancellation = default) =>
        UnsubscribeAsync([topicFilter], cancellation);

    /// <summary>
    /// Sends DISCONNECT (so the broker discards the will) and closes; stops reconnecting. Operations
    /// still waiting for an acknowledgement fail with <see cref="MqttConnectionLostException"/>.
    /// </summary>
    public async Task DisconnectAsync(CancellationToken cancellation = default)
    {
        MqttConnection? connection;
        CancellationTokenSource? run;
        lock (_gate)
        {
            _wanted = false;
            connection = _current;
            run = _run;
            _run = null;
            _current = null;
            _ready = null;
            StopKeepAlive();
            if (_readySignal.Task.IsCompleted)
            {
                _readySignal = NewReadySignal();
            }
        }

        if (run is not null)
        {
            await run.CancelAsync();
            run.Dispose();
        }

        if (connection is not null && !connection.IsClosed)
        {
            connection.TrySend(DisconnectPacket.Instance);
            await connection.CloseGracefullyAsync(DisconnectDrainTimeout).WaitAsync(cancellation);
        }

        FailPending(new MqttConnectionLostException("the client disconnected before the broker acknowledged"));
    }

    public async ValueTask DisposeAsync()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
        }

        try
        {
            await DisconnectAsync();
        }
        finally
        {
            await _lifetime.CancelAsync();
            _messages.Writer.TryComplete();
            lock (_gate)
            {
                _readySignal.TrySetException(new ObjectDisposedException(nameof(MqttClient)));
            }

            _lifetime.Dispose();
        }
    }

    private static TaskCompletionSource<MqttConnection> NewReadySignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private PendingRequest AddRequest(Func<ushort, MqttPacket> create, bool holdsWindowSlot)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (!_wanted)
            {
                throw new InvalidOperationException("the client is not connected; call ConnectAsync first");
            }

            var request = new PendingRequest(create(NextPacketId()), ++_order, holdsWindowSlot);
            _pending[IdOf(request.Packet)] = request;
            return request;
        }
    }

    /// <summary>Sends a new request at once when a connection is ready; otherwise the next activation does.</summary>
    private async Task SendIfReadyAsync(PendingRequest request)
    {
        MqttConnection? connection;
        MqttPacket packet;
        lock (_gate)
        {
            connection = _ready;
            if (connection is null || request.SentOn is not null)
            {
                return;
            }

            packet = request.NextToSend();
            request.SentOn = connection;
            request.EverSent = true;
        }

        try
        {
            await connection.SendAsync(packet, CancellationToken.None);
        }
        catch (MqttConnectionLostException)
        {
            // The next connection resends it.
        }
    }

    private async Task SendWhenConnectedAsync(MqttPacket packet, CancellationToken cancellation)
    {
        while (true)
        {
            Task<MqttConnection> ready;
            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                if (!_wanted)
                {
                    throw new InvalidOperationException("the client is not connected; call ConnectAsync first");
                }

                ready = _readySignal.Task;
            }

            var connection = await ready.WaitAsync(cancellation);
            try
            {
                await connection.SendAsync(packet, cancellation);
                return;
            }
            catch (MqttConnectionLostException) when (_options.AutoReconnect)
            {
                // Wait for the next connection.
            }
        }
    }

    private ushort NextPacketId()
    {
        for (var tries = 0; tries < ushort.MaxValue; tries++)
        {
            _lastPacketId = _lastPacketId == ushort.MaxValue ? (ushort)1 : (ushort)(_lastPacketId + 1);
            if (!_pending.ContainsKey(_lastPacketId))
            {
                return _lastPacketId;
            }
        }

        throw new InvalidOperationException("all 65,535 packet identifiers are in use");
    }

    private static ushort IdOf(MqttPacket packet) => packet switch
    {
        PublishPacket p => p.PacketId,
        SubscribePacket s => s.PacketId,
        UnsubscribePacket u => u.PacketId,
        _ => 0,
    };

    private void FailPending(Exception error)
    {
        List<PendingRequest> failed;
        lock (_gate)
        {
            failed = [.. _pending.Values];
            _pending.Clear();
        }

        foreach (var request in failed)
        {
            Finish(request, null, error);
        }
    }

    private void Finish(PendingRequest request, MqttPacket? answer, Exception? error)
    {
        var done = error is null ? request.Completion.TrySetResult(answer!) : request.Completion.TrySetException(error);
        if (done && request.HoldsWindowSlot)
        {
            _window.Release();
        }
    }

    private void Raise(bool connected, bool sessionPresent, Exception? error)
    {
        try
        {
            ConnectionStateChanged?.Invoke(this, new MqttConnectionStateChangedEventArgs(connected, sessionPresent, error));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A faulty handler must not break the connection logic.
        }
    }
}
