using System.Buffers;
using System.Text;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MQTTnet;
using MQTTnet.Protocol;

namespace EdgeQueue.Mqtt.Link;

/// <summary>
/// A client link to one MQTT broker on MQTTnet's client: connect once or keep trying in the
/// background, reconnect with back-off after a loss, subscribe again when the broker lost the
/// session, publish with a bounded in-flight window and resend what a dropped link cut off (with
/// DUP, before anything newer), hold publishes while offline up to a limit. Received messages
/// arrive on <see cref="Messages"/> and are acknowledged once they are there. Thread-safe.
/// </summary>
/// <remarks>
/// A QoS 1/2 publish completes when the broker acknowledged it; until then it is sent again on every
/// new connection, so nothing is lost while the process lives. A resend after a reconnect gets a new
/// packet id, so a broker may deliver a QoS 2 message twice across a reconnect: the contracts carry
/// their own ids and sequence numbers and every receiver is idempotent (DESIGN.md §5 rule 2).
/// </remarks>
public sealed partial class MqttLink : IAsyncDisposable
{
    private readonly MqttLinkOptions _options;
    private readonly MqttClientOptions _clientOptions;
    private readonly IMqttClient _client;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Channel<MqttLinkMessage> _messages;
    private readonly OutgoingQueue _outgoing = new();
    private readonly SemaphoreSlim _window;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, MqttQualityOfServiceLevel> _subscriptions = new(StringComparer.Ordinal);
    private readonly List<PendingSubscription> _pendingSubscriptions = [];
    private readonly CancellationTokenSource _lifetime = new();
    private readonly Task _pump;

    /// <summary>Completed while a connection is up and re-subscribed; replaced when it is lost.</summary>
    private TaskCompletionSource _ready = NewSignal();

    /// <summary>Completed by MQTTnet's DisconnectedAsync when the current connection ends.</summary>
    private TaskCompletionSource<Exception?> _lost = NewLostSignal();

    private CancellationTokenSource? _run;
    private Task _supervisor = Task.CompletedTask;
    private bool _wanted;
    private bool _disposed;
    private long _order;
    private int _unfinished;

    public MqttLink(MqttLinkOptions options, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _clientOptions = MqttClientOptionsFactory.Create(options);
        _time = options.TimeProvider;
        _logger = logger ?? NullLogger.Instance;
        _window = new SemaphoreSlim(options.MaxInFlight, options.MaxInFlight);
        _messages = Channel.CreateBounded<MqttLinkMessage>(new BoundedChannelOptions(options.MessageBufferCapacity)
        {
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _client = new MqttClientFactory().CreateMqttClient();
        _client.ApplicationMessageReceivedAsync += OnMessageAsync;
        _client.DisconnectedAsync += OnDisconnectedAsync;
        _pump = Task.Run(() => PumpAsync(_lifetime.Token));
    }

    /// <summary>Raised when the link becomes ready, is lost, or an attempt fails. Handlers must return quickly.</summary>
    public event EventHandler<MqttLinkStateChangedEventArgs>? ConnectionStateChanged;

    public MqttLinkOptions Options => _options;

    /// <summary>Messages from subscriptions, in the order the broker sent them.</summary>
    public ChannelReader<MqttLinkMessage> Messages => _messages.Reader;

    /// <summary>Connected, re-subscribed, and sending.</summary>
    public bool IsConnected
    {
        get
        {
            lock (_gate)
            {
                return _ready.Task.IsCompletedSuccessfully;
            }
        }
    }

    /// <summary>Publishes waiting for a connection or in flight, not yet acknowledged.</summary>
    public int PendingPublishes => Volatile.Read(ref _unfinished);

    /// <summary>
    /// Connects once and then keeps the link up. Throws <see cref="MqttLinkRefusedException"/> when
    /// the broker refuses (bad password, not authorised), <see cref="TimeoutException"/> without an
    /// answer in time, or MQTTnet's communication exception when the broker cannot be reached.
    /// </summary>
    public async Task<MqttClientConnectResult> ConnectAsync(CancellationToken cancellation = default)
    {
        var run = Begin();
        try
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellation, run.Token);
            var result = await OpenAsync(linked.Token);
            lock (_gate)
            {
                _supervisor = SuperviseAsync(run.Token, connected: true);
            }

            return result;
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
    /// Starts connecting in the background and returns at once: for services that must start while
    /// the broker is away (the site never waits for central). Publishes and subscriptions made
    /// meanwhile go out once connected; attempts are reported through <see cref="ConnectionStateChanged"/>.
    /// </summary>
    public void Start()
    {
        var run = Begin();
        lock (_gate)
        {
            _supervisor = SuperviseAsync(run.Token, connected: false);
        }
    }

    /// <summary>Publishes text as UTF-8.</summary>
    public Task PublishAsync(string topic, string payload, MqttQualityOfServiceLevel qualityOfService = MqttQualityOfServiceLevel.AtLeastOnce,
        bool retain = false, CancellationToken cancellation = default) =>
        PublishAsync(topic, Encoding.UTF8.GetBytes(payload), qualityOfService, retain, cancellation);

    /// <summary>
    /// Publishes a message: QoS 0 completes once handed to the socket, QoS 1 on PUBACK, QoS 2 on
    /// PUBCOMP. Waits while the in-flight window is full or the link is down; cancelling the wait
    /// does not recall a message already handed over.
    /// </summary>
    public Task PublishAsync(string topic, ReadOnlyMemory<byte> payload, MqttQualityOfServiceLevel qualityOfService = MqttQualityOfServiceLevel.AtLeastOnce,
        bool retain = false, CancellationToken cancellation = default)
    {
        TopicRules.ThrowIfInvalidName(topic);
        if (payload.Length > _options.MaxPayloadBytes)
        {
            throw new ArgumentException(
                $"a {payload.Length}-byte message to '{topic}' is over the link's limit of {_options.MaxPayloadBytes} bytes", nameof(payload));
        }

        // A loop that is being stopped (its token cancelled, then the link closed) hears that it was
        // cancelled, not that the link was never started.
        cancellation.ThrowIfCancellationRequested();
        OutgoingPublish publish;
        lock (_gate)
        {
            ThrowIfNotStarted();
            var unfinished = Volatile.Read(ref _unfinished);
            if (!_ready.Task.IsCompletedSuccessfully && unfinished >= _options.OfflineBufferLimit)
            {
                throw new MqttOfflineBufferFullException(
                    $"{_options.Endpoint} is unreachable and {unfinished} messages already wait for it (limit {_options.OfflineBufferLimit}); '{topic}' was not queued");
            }

            Interlocked.Increment(ref _unfinished);
            publish = new OutgoingPublish(++_order, topic, payload, qualityOfService, retain);
        }

        _outgoing.Add(publish);
        return publish.Completion.Task.WaitAsync(cancellation);
    }

    /// <summary>
    /// Subscribes (waiting for the link if needed) and returns the filters the broker refused, e.g. by
    /// its ACL (empty when all were granted). Granted filters are subscribed again after a reconnect
    /// that lost the session.
    /// </summary>
    public async Task<IReadOnlyList<string>> SubscribeAsync(IReadOnlyList<string> topicFilters,
        MqttQualityOfServiceLevel qualityOfService = MqttQualityOfServiceLevel.AtLeastOnce, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(topicFilters);
        foreach (var filter in topicFilters)
        {
            TopicRules.ThrowIfInvalidFilter(filter);
        }

        while (true)
        {
            Task lost;
            PendingSubscription? pending = null;
            lock (_gate)
            {
                ThrowIfNotStarted();
                if (!_ready.Task.IsCompletedSuccessfully)
                {
                    // Sent by the next connection before it carries any publish (see OpenAsync).
                    pending = new PendingSubscription(topicFilters, qualityOfService);
                    _pendingSubscriptions.Add(pending);
                }

                lost = _lost.Task;
            }

            if (pending is not null)
            {
                return await pending.Result.Task.WaitAsync(cancellation);
            }

            try
            {
                var result = await _client.SubscribeAsync(SubscribeOptions(topicFilters.Select(f => (f, qualityOfService))), cancellation);
                return Record(result, qualityOfService);
            }
            catch (Exception e) when (IsLinkFailure(e) && !_client.IsConnected)
            {
                // The link dropped under the SUBSCRIBE: wait for the supervisor to notice, then go again.
                await lost.WaitAsync(cancellation);
            }
        }
    }

    /// <summary>Subscribes one filter; false when the broker refused it.</summary>
    public async Task<bool> SubscribeAsync(string topicFilter, MqttQualityOfServiceLevel qualityOfService = MqttQualityOfServiceLevel.AtLeastOnce,
        CancellationToken cancellation = default) =>
        (await SubscribeAsync([topicFilter], qualityOfService, cancellation)).Count == 0;

    /// <summary>Stops a subscription; while the link is down it is simply not renewed (clean sessions).</summary>
    public async Task UnsubscribeAsync(string topicFilter, CancellationToken cancellation = default)
    {
        lock (_gate)
        {
            _subscriptions.Remove(topicFilter);
        }

        if (!_client.IsConnected)
        {
            return;
        }

        try
        {
            await _client.UnsubscribeAsync(new MqttClientUnsubscribeOptionsBuilder().WithTopicFilter(topicFilter).Build(), cancellation);
        }
        catch (Exception e) when (IsLinkFailure(e))
        {
            _logger.LogDebug("Unsubscribe from {Filter} on {Endpoint} cut by the link: {Error}", topicFilter, _options.Endpoint, e.Message);
        }
    }

    /// <summary>
    /// Sends DISCONNECT (so the broker discards the will), closes and stops reconnecting. Publishes
    /// still waiting fail with <see cref="MqttLinkClosedException"/>.
    /// </summary>
    public async Task DisconnectAsync(CancellationToken cancellation = default)
    {
        CancellationTokenSource? run;
        Task supervisor;
        lock (_gate)
        {
            _wanted = false;
            run = _run;
            _run = null;
            supervisor = _supervisor;
            _ready = NewSignal();
            FailPendingSubscriptions();
        }

        if (run is not null)
        {
            await run.CancelAsync();
            await supervisor;
            run.Dispose();
        }

        if (_client.IsConnected)
        {
            try
            {
                using var timeout = new CancellationTokenSource(_options.Timeout);
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellation, timeout.Token);
                await _client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().Build(), linked.Token);
            }
            catch (Exception e) when (IsLinkFailure(e))
            {
                _logger.LogDebug("DISCONNECT to {Endpoint} not delivered: {Error}", _options.Endpoint, e.Message);
            }
        }

        foreach (var publish in _outgoing.RemoveAll())
        {
            Finish(publish, new MqttLinkClosedException("the MQTT link was disconnected before the message was sent"));
        }
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

        await DisconnectAsync();
        await _lifetime.CancelAsync();
        await _pump;
        _messages.Writer.TryComplete();
        _client.Dispose();
        _outgoing.Dispose();
        _window.Dispose();
        _lifetime.Dispose();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static TaskCompletionSource<Exception?> NewLostSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>What MQTTnet throws when the connection is gone or never came: worth another try on the next one.</summary>
    private static bool IsLinkFailure(Exception e) =>
        e is MQTTnet.Exceptions.MqttCommunicationException or ObjectDisposedException or IOException
            or OperationCanceledException { CancellationToken.IsCancellationRequested: false };

    private static MqttClientSubscribeOptions SubscribeOptions(IEnumerable<(string Filter, MqttQualityOfServiceLevel Qos)> filters)
    {
        var builder = new MqttClientSubscribeOptionsBuilder();
        foreach (var (filter, qos) in filters)
        {
            builder.WithTopicFilter(filter, qos);
        }

        return builder.Build();
    }

    private CancellationTokenSource Begin()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_wanted)
            {
                throw new InvalidOperationException("the MQTT link is already started; call DisconnectAsync first");
            }

            _wanted = true;

            // Left by a link that was lost without auto-reconnect; its supervisor has ended.
            if (_run is { } ended)
            {
                ended.Cancel();
                ended.Dispose();
            }

            return _run = CancellationTokenSource.CreateLinkedTokenSource(_lifetime.Token);
        }
    }

    /// <summary>Caller holds the lock.</summary>
    private void FailPendingSubscriptions()
    {
        foreach (var pending in _pendingSubscriptions)
        {
            pending.Result.TrySetException(new MqttLinkClosedException("the MQTT link was closed before the subscription was sent"));
        }

        _pendingSubscriptions.Clear();
    }

    /// <summary>Caller holds the lock.</summary>
    private void ThrowIfNotStarted()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!_wanted)
        {
            throw new InvalidOperationException("the MQTT link is not started; call Start or ConnectAsync first");
        }
    }

    private IReadOnlyList<string> Record(MqttClientSubscribeResult result, MqttQualityOfServiceLevel qualityOfService)
    {
        var refused = new List<string>();
        lock (_gate)
        {
            foreach (var item in result.Items)
            {
                if (IsGranted(item.ResultCode))
                {
                    _subscriptions[item.TopicFilter.Topic] = qualityOfService;
                }
                else
                {
                    refused.Add(item.TopicFilter.Topic);
                }
            }
        }

        return refused;
    }

    private static bool IsGranted(MqttClientSubscribeResultCode code) =>
        code is MqttClientSubscribeResultCode.GrantedQoS0 or MqttClientSubscribeResultCode.GrantedQoS1 or MqttClientSubscribeResultCode.GrantedQoS2;

    private async Task OnMessageAsync(MqttApplicationMessageReceivedEventArgs e)
    {
        var received = e.ApplicationMessage;
        var message = new MqttLinkMessage(received.Topic, received.Payload.ToArray(), received.QualityOfServiceLevel, received.Retain);
        CancellationToken closing;
        lock (_gate)
        {
            // MQTTnet's disconnect waits for this handler: a full channel nobody reads any more must
            // not hold DisconnectAsync up, so the wait ends when the owner disconnects.
            closing = _run?.Token ?? new CancellationToken(canceled: true);
        }

        try
        {
            // Acknowledged by MQTTnet after this returns: only once the message is on the channel.
            await _messages.Writer.WriteAsync(message, closing);
        }
        catch (Exception ex) when (ex is OperationCanceledException or ChannelClosedException or ObjectDisposedException)
        {
            // Closing: not acknowledged, so a persistent session gets it again.
            e.ProcessingFailed = true;
        }
    }

    private Task OnDisconnectedAsync(MqttClientDisconnectedEventArgs e)
    {
        if (e.ClientWasConnected)
        {
            lock (_gate)
            {
                _lost.TrySetResult(e.Exception);
            }
        }

        return Task.CompletedTask;
    }

    private void Finish(OutgoingPublish publish, Exception? error)
    {
        var done = error is null ? publish.Completion.TrySetResult() : publish.Completion.TrySetException(error);
        if (done)
        {
            Interlocked.Decrement(ref _unfinished);
        }
    }

    private void Raise(bool connected, bool sessionPresent, Exception? error)
    {
        try
        {
            ConnectionStateChanged?.Invoke(this, new MqttLinkStateChangedEventArgs(connected, sessionPresent, error));
        }
#pragma warning disable CA1031 // A faulty handler must not break reconnecting.
        catch (Exception e)
#pragma warning restore CA1031
        {
            _logger.LogError(e, "A ConnectionStateChanged handler of the MQTT link to {Endpoint} threw", _options.Endpoint);
        }
    }
}
