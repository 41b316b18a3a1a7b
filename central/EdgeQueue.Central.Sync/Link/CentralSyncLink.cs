using System.Collections.Concurrent;
using EdgeQueue.Central.Booking.Sync;
using EdgeQueue.Central.Sync.Storage;
using EdgeQueue.Contracts;
using EdgeQueue.Contracts.Messages.Sync;
using EdgeQueue.Contracts.Messages.Sync.Events;
using EdgeQueue.Mqtt.Link;
using MQTTnet.Protocol;
using Microsoft.Extensions.Logging;

namespace EdgeQueue.Central.Sync.Link;

/// <summary>
/// Central's end of the sync with every site, as one client of the central broker. Events from a
/// hub are stored exactly once, gap-free, and acknowledged (retained) with the highest contiguous
/// number; booking changes go to each hub from its retained acknowledgement onwards, in batches, a
/// few ahead at most and again when the ack stops moving; the newest site configurations are
/// retained on <c>…/sync/config</c>; status and device lists are kept as the latest per site.
/// </summary>
public sealed class CentralSyncLink : IAsyncDisposable
{
    private readonly CentralSyncOptions _options;
    private readonly CentralSyncStore _store;
    private readonly ISiteBookingFeed _feed;
    private readonly TimeProvider _time;
    /// <summary>Timeouts, polls and resends: real time even when <see cref="_time"/> is a simulated day.</summary>
    private readonly TimeProvider _network;
    private readonly ILogger _log;
    private readonly MqttLink _client;
    /// <summary>Per site: where sending its booking changes stands against the hub's bookings-ack.</summary>
    private readonly ConcurrentDictionary<string, AckWindow> _sites = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _newerContractSites = new(StringComparer.Ordinal);
    private readonly WakeSignal _pumpWake = new();
    private readonly MqttLinkLoops _run;
    /// <summary>Messages taken per turn of the reader: the events among them share one commit.</summary>
    private const int MaxGroup = 256;

    private readonly ISiteOwnership _ownership;
    /// <summary>Sites heard on the link that another instance serves (or served): claimed when free.</summary>
    private readonly ConcurrentDictionary<string, byte> _heard = new(StringComparer.Ordinal);
    private DateTimeOffset _nextClaim = DateTimeOffset.MinValue;
    private int _republishConfigs;

    public CentralSyncLink(CentralSyncOptions options, CentralSyncStore store, ISiteBookingFeed feed, TimeProvider time, ILogger log)
        : this(options, store, feed, time, log, new SoleSiteOwnership())
    {
    }

    /// <param name="time">The site clock: the time stamps of the acknowledgements.</param>
    /// <param name="ownership">Which sites this instance serves (several centrals on one PostgreSQL database split them).</param>
    /// <param name="networkTime">
    /// Connect and acknowledgement timeouts, back-off, polls and resends (null: <paramref name="time"/>).
    /// The demo runs central on a day 600 times faster than real time; a 10 s CONNECT timeout on
    /// that clock is 17 ms, which a busy machine misses forever.
    /// </param>
    public CentralSyncLink(CentralSyncOptions options, CentralSyncStore store, ISiteBookingFeed feed, TimeProvider time, ILogger log,
        ISiteOwnership ownership, TimeProvider? networkTime = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(ownership);
        _ownership = ownership;
        _options = options;
        _store = store;
        _feed = feed;
        _time = time;
        _network = networkTime ?? time;
        _log = log;
        _client = SyncClientFactory.Create(options, _network, log);
        _run = new MqttLinkLoops(_client, "Central sync link", log);
        _client.ConnectionStateChanged += OnConnectionChanged;
    }

    public bool IsConnected => _client.IsConnected;

    /// <summary>Connects in the background and starts receiving and sending.</summary>
    public void Start()
    {
        _run.Start(SubscribeAsync, ReadAsync, PumpBookingsAsync);
        _log.LogInformation("Central sync link to {Broker} as '{User}'", _options.BrokerUrl, _options.Username);
    }

    /// <summary>Publishes a site's configuration, retained (the hub picks it up whenever it connects).</summary>
    public Task PublishConfigAsync(SiteConfigRecord record, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        return _client.PublishAsync(new SiteTopics(record.SiteId).SyncConfig, ContractJson.Serialize(record.Config),
            MqttQualityOfServiceLevel.AtLeastOnce, retain: true, cancellation);
    }

    /// <summary>Looks for new booking changes now instead of at the next poll.</summary>
    public void WakeBookings() => _pumpWake.Set();

    public async ValueTask DisposeAsync()
    {
        if (await _run.StopAsync())
        {
            _pumpWake.Dispose();
        }
    }

    private void OnConnectionChanged(object? sender, MqttLinkStateChangedEventArgs e)
    {
        if (!e.IsConnected)
        {
            _log.LogWarning("Central sync link down: {Error}; reconnecting", e.Error?.Message ?? "closed");
            return;
        }

        _log.LogInformation("Central sync link up");
        foreach (var window in _sites.Values)
        {
            window.Restart();
        }

        Interlocked.Exchange(ref _republishConfigs, 1);
        WakeBookings();
    }

    private async Task SubscribeAsync(CancellationToken cancellation)
    {
        var refused = await _client.SubscribeAsync(
            [SiteTopics.AllSitesSync("events"), SiteTopics.AllSitesSync("bookings-ack"), SiteTopics.AllSitesSync("status"), SiteTopics.AllSitesSync("devices")],
            cancellation: cancellation);
        if (refused.Count > 0)
        {
            _log.LogError("The central broker refused the sync subscriptions {Filters}; central's user needs readwrite on eq/v1/+/sync/#",
                string.Join(", ", refused));
        }
    }

    /// <summary>
    /// Takes what has arrived (up to <see cref="MaxGroup"/> messages). Of the sites this instance
    /// serves, the events and the newest status and device list of each site are stored in one
    /// transaction (one disk flush for all, not one per hub message), then the events acknowledged;
    /// the other messages follow in their order.
    /// </summary>
    private async Task ReadAsync(CancellationToken cancellation)
    {
        var messages = _client.Messages;
        while (await messages.WaitToReadAsync(cancellation))
        {
            var events = new List<(string Site, SyncEventBatch Batch)>();
            var statuses = new Dictionary<string, SyncSiteStatus>(StringComparer.Ordinal);
            var deviceLists = new Dictionary<string, SyncDeviceList>(StringComparer.Ordinal);
            var others = new List<(string Site, string Kind, ReadOnlyMemory<byte> Payload)>();
            for (var taken = 0; taken < MaxGroup && messages.TryRead(out var message); taken++)
            {
                if (!SiteTopics.TryParseSyncTopic(message.Topic, out var site, out var kind))
                {
                    continue;
                }

                if (!_ownership.Owns(site) || !TakeIntoGroup(site, kind, message.Payload, events, statuses, deviceLists))
                {
                    others.Add((site, kind, message.Payload));
                }
            }

            if (events.Count + statuses.Count + deviceLists.Count > 0)
            {
                await GuardedAsync($"{events.Count} events messages, {statuses.Count} statuses and {deviceLists.Count} device lists",
                    () => StoreGroupAsync(events, statuses, deviceLists, cancellation));
            }

            foreach (var (site, kind, payload) in others)
            {
                await GuardedAsync($"Site {site}: {kind} message", () => HandleAsync(site, kind, payload, cancellation));
            }
        }
    }

    /// <summary>Events, statuses and device lists go into the turn's transaction (a refused one is logged and dropped); false for other kinds.</summary>
    private bool TakeIntoGroup(string site, string kind, ReadOnlyMemory<byte> payload, List<(string Site, SyncEventBatch Batch)> events,
        Dictionary<string, SyncSiteStatus> statuses, Dictionary<string, SyncDeviceList> deviceLists)
    {
        switch (kind)
        {
            case "events":
                if (Parse<SyncEventBatch>(site, kind, payload) is { } batch)
                {
                    events.Add((site, batch));
                }

                return true;
            case "status":
                // A newer snapshot replaces the older of the same turn (the store keeps only newer ones too).
                if (Parse<SyncSiteStatus>(site, kind, payload) is { } status && (!statuses.TryGetValue(site, out var held) || status.At >= held.At))
                {
                    statuses[site] = status;
                }

                return true;
            case "devices":
                if (Parse<SyncDeviceList>(site, kind, payload) is { } devices && (!deviceLists.TryGetValue(site, out var kept) || devices.At >= kept.At))
                {
                    deviceLists[site] = devices;
                }

                return true;
            default:
                return false;
        }
    }

    /// <summary>A failing store (disk full) or a closed link must not stop the link: nothing was acknowledged that is not stored, and the hub sends again.</summary>
    private async Task GuardedAsync(string what, Func<Task> handle)
    {
        try
        {
            await handle();
        }
        catch (MqttLinkClosedException)
        {
            // The hub sends again after the reconnect; nothing was acknowledged that is not stored.
        }
#pragma warning disable CA1031 // A failing store (disk full) must not stop the link: nothing was acknowledged, the hub sends again.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            _log.LogError(e, "{What} could not be stored; the hub sends it again", what);
        }
    }

    private async Task StoreGroupAsync(List<(string Site, SyncEventBatch Batch)> events, Dictionary<string, SyncSiteStatus> statuses,
        Dictionary<string, SyncDeviceList> deviceLists, CancellationToken cancellation)
    {
        foreach (var (site, batch) in events)
        {
            if (batch.V > HallEvents.Version && _newerContractSites.TryAdd(site, batch.V))
            {
                // Mixed versions (docs/sync.md): stored and acknowledged as usual; new fields are
                // ignored and new event types left out of the statistics until central is updated.
                _log.LogWarning("Site {Site} writes hall event contract v{Hub}, this central knows v{Central}: events are stored, new types are not counted until central is updated",
                    site, batch.V, HallEvents.Version);
            }
        }

        var outcomes = _store.Store(new SyncGroup([.. events.Select(e => new SiteEventBatch(e.Site, e.Batch.Events))], statuses, deviceLists));
        var acked = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < events.Count; i++)
        {
            if (outcomes[i].GapAfter is { } gap)
            {
                _log.LogInformation("Site {Site}: events after {Seq} arrived with a gap; kept up to {Seq}, the hub sends the rest again", events[i].Site, gap, gap);
            }

            acked[events[i].Site] = outcomes[i].Acked;
        }

        foreach (var (site, seq) in acked)
        {
            await PublishEventsAckAsync(site, seq, cancellation);
        }
    }

    private async Task HandleAsync(string site, string kind, ReadOnlyMemory<byte> payload, CancellationToken cancellation)
    {
        if (!_ownership.Owns(site))
        {
            // Another instance serves this site (or none yet: the next claim may take it).
            if (_heard.TryAdd(site, 0))
            {
                WakeBookings();
            }

            return;
        }

        // Events, statuses and device lists of a served site went into the turn's transaction.
        if (kind == "bookings-ack" && Parse<SyncAck>(site, kind, payload) is { } ack)
        {
            _store.RecordBookingsAck(site, ack.Seq);
            // A lower ack than before (the hub has a new queue store) sends again from where it stands.
            _sites.GetOrAdd(site, _ => NewBookingWindow(ack.Seq)).Acknowledge(ack.Seq, _network.GetUtcNow());

            // The handshake: a hub announces itself with its bookings-ack at every connect; the
            // answer tells it central listens and from where to send events.
            await PublishEventsAckAsync(site, _store.EventsAcked(site), cancellation);
            WakeBookings();
        }
    }

    private Task PublishEventsAckAsync(string site, long acked, CancellationToken cancellation) =>
        _client.PublishAsync(new SiteTopics(site).SyncEventsAck, ContractJson.Serialize(new SyncAck(acked, _time.GetUtcNow())),
            MqttQualityOfServiceLevel.AtLeastOnce, retain: true, cancellation);

    private T? Parse<T>(string site, string kind, ReadOnlyMemory<byte> payload) where T : class
    {
        if (ContractJson.TryDeserialize<T>(payload.Span, ContractJson.MaxSyncPayloadBytes, out var message, out var error))
        {
            return message;
        }

        _log.LogWarning("Site {Site}: {Kind} message refused: {Error}", site, kind, error);
        return null;
    }

    private AckWindow NewBookingWindow(long acked) =>
        new(acked, (long)_options.BookingBatchSize * _options.BookingBatchesAhead, _options.ResendAfter, _network.GetUtcNow());

    private async Task PumpBookingsAsync(CancellationToken cancellation)
    {
        while (!cancellation.IsCancellationRequested)
        {
            // Until woken (an ack, a new connection) or the poll interval passes.
            await _pumpWake.WaitAsync(_options.BookingPollInterval, _network, cancellation);

            if (!_client.IsConnected)
            {
                continue;
            }

            try
            {
                await ClaimSitesAsync(cancellation);
                if (Interlocked.Exchange(ref _republishConfigs, 0) == 1)
                {
                    // A restarted broker without persistence has lost the retained messages: give them back.
                    foreach (var config in _store.ListLatestConfigs().Where(c => _ownership.Owns(c.SiteId)))
                    {
                        await PublishConfigAsync(config, cancellation);
                    }

                    foreach (var site in (await _store.ListSitesAsync(cancellation)).Where(s => _ownership.Owns(s.SiteId)))
                    {
                        await PublishEventsAckAsync(site.SiteId, site.EventsAcked, cancellation);
                        // Every known site gets its booking changes from its stored ack, not only once its
                        // retained bookings-ack comes back: a broker may not deliver retained messages to
                        // central's wildcard subscriptions (RabbitMQ 3.10 does not), and a hub that stayed
                        // connected while central restarted does not publish its ack again.
                        _sites.GetOrAdd(site.SiteId, _ => NewBookingWindow(site.BookingsAcked));
                    }
                }

                foreach (var (site, window) in _sites)
                {
                    if (_ownership.Owns(site))
                    {
                        await PumpSiteAsync(site, window, cancellation);
                    }
                }
            }
            catch (MqttLinkClosedException)
            {
                Interlocked.Exchange(ref _republishConfigs, 1);
            }
#pragma warning disable CA1031 // A failing booking database must not stop the events coming in; the next poll tries again.
            catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
            {
                _log.LogError(e, "Sending booking changes failed; trying again at the next poll");
            }
        }
    }

    /// <summary>
    /// Takes the sites no instance serves (every <see cref="CentralSyncOptions.OwnershipPollInterval"/>)
    /// and answers each as a hub's handshake would be answered: its events-ack from the shared store,
    /// so the hub sends what is not stored yet, and its bookings from the last ack the hub gave.
    /// </summary>
    private async Task ClaimSitesAsync(CancellationToken cancellation)
    {
        var now = _network.GetUtcNow();
        if (!_store.Shared || now < _nextClaim)
        {
            return;
        }

        _nextClaim = now + _options.OwnershipPollInterval;
        var known = (await _store.ListSitesAsync(cancellation)).Select(s => s.SiteId).Concat(_heard.Keys).Distinct(StringComparer.Ordinal).ToList();
        foreach (var site in _ownership.Claim(known))
        {
            _heard.TryRemove(site, out _);
            var acked = _store.BookingsAcked(site);
            _sites[site] = NewBookingWindow(acked);
            _log.LogInformation("Site {Site}: served by this central from now (events stored up to {Seq})", site, _store.EventsAcked(site));

            if (_client.IsConnected)
            {
                await PublishEventsAckAsync(site, _store.EventsAcked(site), cancellation);
            }
        }
    }

    private async Task PumpSiteAsync(string site, AckWindow window, CancellationToken cancellation)
    {
        var last = await _feed.GetLastSequenceAsync(site, cancellation);
        var from = window.NextFrom(_network.GetUtcNow(), out _);
        while (from < last && window.HasRoomAfter(from))
        {
            var changes = await _feed.ReadAsync(site, from, _options.BookingBatchSize, cancellation);
            if (changes.Count == 0)
            {
                return;
            }

            var batch = new SyncBookingBatch([.. changes.Select(ToSynced)]);
            await _client.PublishAsync(new SiteTopics(site).SyncBookings, ContractJson.Serialize(batch), MqttQualityOfServiceLevel.AtLeastOnce,
                retain: false, cancellation);
            from = changes[^1].Sequence;
            window.Sent(from);
        }
    }

    private static SyncedBooking ToSynced(SiteBookingChange change) => new(
        change.Sequence,
        change.Kind switch
        {
            SiteBookingChangeKind.Booked => SyncBookingKinds.Booked,
            SiteBookingChangeKind.Changed => SyncBookingKinds.Changed,
            _ => SyncBookingKinds.Cancelled,
        },
        change.Code,
        change.QueueCategory,
        change.StartsAt,
        change.DisplayName,
        change.MatterName);
}
