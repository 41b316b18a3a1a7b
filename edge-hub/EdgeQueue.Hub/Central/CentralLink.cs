using EdgeQueue.Contracts;
using EdgeQueue.Contracts.Messages.Sync;
using EdgeQueue.Hub.Devices;
using EdgeQueue.Hub.Site;
using EdgeQueue.Mqtt.Link;
using MQTTnet.Protocol;
using EdgeQueue.Queue.State;
using EdgeQueue.Queue.Storage;
using Microsoft.Extensions.Logging;

namespace EdgeQueue.Hub.Central;

/// <summary>
/// The hub's link to central (DESIGN.md §4 sync topics) as a client of the central broker, with the
/// hub's own login and optionally TLS. It never holds the hall up (rule 3): the client connects in
/// the background and reconnects by itself; everything catches up from the acknowledged numbers.
/// Events go up (<see cref="EventsUplink"/>), bookings come down (<see cref="BookingsDownlink"/>),
/// a newer site configuration is kept and applied at a safe moment, and the live status and device
/// registry are published retained for central's pages.
/// </summary>
public sealed class CentralLink : IAsyncDisposable
{
    private readonly SiteDefinition _site;
    private readonly CentralLinkSettings _settings;
    private readonly SiteQueue _queue;
    private readonly DeviceRegistry _registry;
    private readonly string _dataFolder;
    private readonly CentralLinkOptions _options;
    private readonly TimeProvider _time;
    private readonly TimeProvider _waits;
    private readonly ILogger _log;
    private readonly MqttLink _client;
    private readonly EventsUplink _uplink;
    private readonly BookingsDownlink _downlink;
    private readonly WakeSignal _statusWake = new();
    private readonly MqttLinkLoops _run;
    private int _statusDirty = 1;
    private int _devicesDirty = 1;
    private int _justConnected;
    /// <summary>Central answered this connection's announcement (an events-ack came): no need to announce again.</summary>
    private int _centralAnswered;
    private DateTimeOffset _lastAnnounced = DateTimeOffset.MinValue;
    private int _repeatedAnnouncements;
    private int _configDueRaised;
    private DateTimeOffset _lastStatus = DateTimeOffset.MinValue;
    private DateTimeOffset _lastRefresh = DateTimeOffset.MinValue;
    private volatile CentralLinkState _state = CentralLinkState.Down;

    public CentralLink(SiteDefinition site, CentralLinkSettings settings, SiteQueue queue, DeviceRegistry registry, string dataFolder,
        int? runningConfigVersion, CentralLinkOptions options, TimeProvider time, TimeProvider networkTime, ILogger log)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(settings);
        _site = site;
        _settings = settings;
        _queue = queue;
        _registry = registry;
        _dataFolder = dataFolder;
        _options = options;
        _time = time;
        _waits = networkTime;
        _log = log;
        RunningConfigVersion = runningConfigVersion;
        _client = CentralClientFactory.Create(settings, site.SiteId, networkTime, log);
        _uplink = new EventsUplink(queue, _client, site.Topics.SyncEvents, options, networkTime, log);
        _downlink = new BookingsDownlink(queue, _client, site.Topics.SyncBookingsAck, time, log);
        _run = new MqttLinkLoops(_client, "Central link", log);
        _client.ConnectionStateChanged += OnConnectionChanged;
        _queue.EventsCommitted += (_, _) => OnQueueChanged();
        _registry.Changed += _ =>
        {
            Interlocked.Exchange(ref _devicesDirty, 1);
            _statusWake.Set();
        };
    }

    /// <summary>Up or down; raised on the client's thread.</summary>
    public event Action<CentralLinkState>? StateChanged;

    /// <summary>A newer configuration from central waits and no counter is calling or serving: the hub may restart to apply it.</summary>
    public event Action<int>? ConfigurationDue;

    public CentralLinkState State => _state;

    public string Description => _settings.Describe();

    /// <summary>The central configuration version the hub runs (null: the site file's own).</summary>
    public int? RunningConfigVersion { get; }

    /// <summary>A newer accepted version waiting for a safe moment, or null.</summary>
    public int? PendingConfigVersion { get; private set; }

    /// <summary>Event batches published since start.</summary>
    public long EventBatchesSent => _uplink.BatchesSent;

    /// <summary>Connects in the background (the hall does not wait for central) and starts the loops.</summary>
    public void Start()
    {
        _run.Start(SubscribeAsync, ReadAsync, _uplink.RunAsync, PublishStatusAsync);
        _log.LogInformation("Central link: {Central}", Description);
    }

    public async ValueTask DisposeAsync()
    {
        if (await _run.StopAsync())
        {
            _statusWake.Dispose();
        }
    }

    private void OnQueueChanged()
    {
        _uplink.Wake();
        Interlocked.Exchange(ref _statusDirty, 1);
        _statusWake.Set();
    }

    private void OnConnectionChanged(object? sender, MqttLinkStateChangedEventArgs e)
    {
        var state = e.IsConnected ? CentralLinkState.Up : CentralLinkState.Down;
        if (e.IsConnected)
        {
            _uplink.Restart();
            Interlocked.Exchange(ref _centralAnswered, 0);
            Interlocked.Exchange(ref _justConnected, 1);
            _statusWake.Set();
        }

        if (state != _state)
        {
            _state = state;
            if (e.IsConnected)
            {
                _log.LogInformation("Central link up ({Central})", Description);
            }
            else
            {
                _log.LogWarning("Central link down: {Error}; the hall goes on, sync catches up later", e.Error?.Message ?? "closed");
            }

            StateChanged?.Invoke(state);
        }
    }

    private async Task SubscribeAsync(CancellationToken cancellation)
    {
        var topics = _site.Topics;
        var refused = await _client.SubscribeAsync([topics.SyncEventsAck, topics.SyncBookings, topics.SyncConfig], cancellation: cancellation);
        if (refused.Count > 0)
        {
            _log.LogError("The central broker refused the sync subscriptions {Filters} of {Site}; check the hub user's ACL on central",
                string.Join(", ", refused), _site.SiteId);
        }
    }

    private async Task ReadAsync(CancellationToken cancellation)
    {
        var topics = _site.Topics;
        await foreach (var message in _client.Messages.ReadAllAsync(cancellation))
        {
            try
            {
                if (message.Topic == topics.SyncEventsAck)
                {
                    if (ContractJson.TryDeserialize<SyncAck>(message.Payload.Span, out var ack, out var error))
                    {
                        Interlocked.Exchange(ref _centralAnswered, 1);
                        _uplink.Acknowledge(ack.Seq);
                    }
                    else
                    {
                        _log.LogWarning("Events ack from central refused: {Error}", error);
                    }
                }
                else if (message.Topic == topics.SyncBookings)
                {
                    await _downlink.ApplyAsync(message.Payload, cancellation);
                }
                else if (message.Topic == topics.SyncConfig)
                {
                    OnConfiguration(message.Payload);
                }
            }
            catch (MqttLinkClosedException)
            {
                // The ack is published again at the next connect.
            }
#pragma warning disable CA1031 // One bad message or a failing store must not stop the link; central resends from the acks.
            catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
            {
                _log.LogError(e, "Message from central on {Topic} could not be handled; waiting for it to be sent again", message.Topic);
            }
        }
    }

    private void OnConfiguration(ReadOnlyMemory<byte> payload)
    {
        if (!ContractJson.TryDeserialize<SyncSiteConfig>(payload.Span, ContractJson.MaxSyncPayloadBytes, out var config, out var error))
        {
            _log.LogError("Site configuration from central refused: {Error}", error);
            return;
        }

        if (config.Version <= (PendingConfigVersion ?? RunningConfigVersion ?? 0))
        {
            return;
        }

        CentralConfiguration.Apply(_site, config, out var problems);
        if (problems.Count > 0)
        {
            _log.LogError("Site configuration version {Version} from central refused, the hub keeps version {Running}: {Problems}",
                config.Version, RunningConfigVersion?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "of the site file",
                string.Join("; ", problems));
            return;
        }

        CentralConfiguration.Save(_dataFolder, config);
        PendingConfigVersion = config.Version;
        _log.LogInformation("Site configuration version {Version} from central saved; applied when no counter is calling or serving", config.Version);
        _statusWake.Set();
    }

    private async Task PublishStatusAsync(CancellationToken cancellation)
    {
        var topics = _site.Topics;
        while (!cancellation.IsCancellationRequested)
        {
            var unanswered = _client.IsConnected && Volatile.Read(ref _centralAnswered) == 0;
            await _statusWake.WaitAsync(unanswered ? _options.AnnounceAgainAfter : _options.StatusRefresh, _waits, cancellation);
            CheckConfigurationDue();
            if (!_client.IsConnected)
            {
                continue;
            }

            try
            {
                if (Interlocked.Exchange(ref _justConnected, 0) == 1)
                {
                    await AnnounceAsync(again: false, cancellation);
                    Interlocked.Exchange(ref _statusDirty, 1);
                    Interlocked.Exchange(ref _devicesDirty, 1);
                }
                else if (Volatile.Read(ref _centralAnswered) == 0 && _waits.GetUtcNow() - _lastAnnounced >= _options.AnnounceAgainAfter)
                {
                    await AnnounceAsync(again: true, cancellation);
                }

                // Throttle and refresh on real time: the site clock may be a simulated day.
                var wait = _lastStatus + _options.StatusInterval - _waits.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, _waits, cancellation);
                }

                var now = _waits.GetUtcNow();
                var refresh = now - _lastRefresh >= _options.StatusRefresh;
                if (refresh)
                {
                    _lastRefresh = now;
                }

                if (Interlocked.Exchange(ref _statusDirty, 0) == 1 || refresh)
                {
                    _lastStatus = now;
                    var status = SiteStatusBuilder.Status(_queue.Snapshot(), RunningConfigVersion, _queue.LastSequence);
                    await _client.PublishAsync(topics.SyncStatus, ContractJson.Serialize(status), MqttQualityOfServiceLevel.AtLeastOnce, retain: true, cancellation);
                }

                if (Interlocked.Exchange(ref _devicesDirty, 0) == 1 || refresh)
                {
                    var devices = SiteStatusBuilder.Devices(_registry.Snapshot(), _time.GetUtcNow());
                    await _client.PublishAsync(topics.SyncDevices, ContractJson.Serialize(devices), MqttQualityOfServiceLevel.AtLeastOnce, retain: true, cancellation);
                }
            }
            catch (MqttLinkClosedException)
            {
                Interlocked.Exchange(ref _justConnected, 1);
            }
        }
    }

    /// <summary>
    /// The handshake: the hub's bookings-ack says where it stands, and central answers with its
    /// events-ack. Announced at every connect and again until the answer comes: a broker that does
    /// not give retained messages to wildcard subscriptions (RabbitMQ) would otherwise never show
    /// central a site that first connected while central was down.
    /// </summary>
    private async Task AnnounceAsync(bool again, CancellationToken cancellation)
    {
        _repeatedAnnouncements = again ? _repeatedAnnouncements + 1 : 0;
        if (_repeatedAnnouncements == 1)
        {
            _log.LogInformation("Central has not answered the hub's announcement yet; announcing again every {Seconds} s until it does",
                _options.AnnounceAgainAfter.TotalSeconds);
        }

        _lastAnnounced = _waits.GetUtcNow();
        await _downlink.AcknowledgeAsync(cancellation);
    }

    /// <summary>The safe moment (docs/sync.md): no ticket is called to any counter, so no call is cut in the middle.</summary>
    private void CheckConfigurationDue()
    {
        if (PendingConfigVersion is not { } pending || Volatile.Read(ref _configDueRaised) == pending)
        {
            return;
        }

        if (_queue.State.Tickets.Values.Any(t => t.Status == TicketStatus.Called))
        {
            return;
        }

        Volatile.Write(ref _configDueRaised, pending);
        _log.LogInformation("Site configuration version {Version} is due: no counter is calling or serving", pending);
        ConfigurationDue?.Invoke(pending);
    }
}
