using EdgeQueue.Contracts;
using EdgeQueue.Contracts.Messages.Sync;
using EdgeQueue.Contracts.Messages.Sync.Events;
using EdgeQueue.Queue.Storage;
using EdgeQueue.Mqtt.Link;
using MQTTnet.Protocol;
using Microsoft.Extensions.Logging;

namespace EdgeQueue.Hub.Central;

/// <summary>
/// Sends the site's outbox to central on <c>…/sync/events</c>: batches of consecutive events after
/// central's acknowledged number, a few batches ahead of the ack at most. Central's retained
/// <c>events-ack</c> is recorded in the queue store; after a reconnect (or a hub restart) sending
/// starts again from it, and if the ack stops moving while events are outstanding they are sent again.
/// </summary>
internal sealed class EventsUplink
{
    private readonly SiteQueue _queue;
    private readonly MqttLink _client;
    private readonly string _topic;
    private readonly TimeProvider _time;
    private readonly ILogger _log;
    private readonly CentralLinkOptions _options;
    private readonly WakeSignal _wake = new();
    private readonly AckWindow _window;
    private int _centralHeard;
    private long _lastEchoTicks;
    private bool _warnedAhead;

    public EventsUplink(SiteQueue queue, MqttLink client, string topic, CentralLinkOptions options, TimeProvider time, ILogger log)
    {
        _queue = queue;
        _client = client;
        _topic = topic;
        _options = options;
        _time = time;
        _log = log;
        _window = new AckWindow(queue.OutboxAcknowledged, (long)options.BatchSize * options.BatchesAhead, options.ResendAfter, time.GetUtcNow());
    }

    /// <summary>Batches published since start (for tests and the benchmark).</summary>
    public long BatchesSent { get; private set; }

    /// <summary>New events were committed: send them if the window allows.</summary>
    public void Wake() => _wake.Set();

    /// <summary>
    /// A new connection: start again from the acknowledged number once central shows it listens (its
    /// events-ack, which it sends when it sees this hub's bookings-ack). Events published before
    /// central has subscribed again after a broker restart would be dropped by the broker.
    /// </summary>
    public void Restart()
    {
        Interlocked.Exchange(ref _centralHeard, 0);
        _window.Restart();
        _wake.Set();
    }

    /// <summary>Central's <c>events-ack</c>: durable at central up to <paramref name="seq"/>.</summary>
    public void Acknowledge(long seq)
    {
        if (seq > _queue.LastSequence)
        {
            if (!_warnedAhead)
            {
                _warnedAhead = true;
                _log.LogWarning("Central acknowledges event {Seq} but this hub's newest is {Last}: was the queue store replaced? Central keeps its events; new ones continue from {Last}",
                    seq, _queue.LastSequence, _queue.LastSequence);
            }

            return;
        }

        if (seq > _queue.OutboxAcknowledged)
        {
            _queue.AcknowledgeOutbox(seq);
            _window.Acknowledge(seq, _time.GetUtcNow());
        }
        else if (seq == _queue.OutboxAcknowledged && _window.Outstanding)
        {
            // Acks only grow while batches are taken in; the same number again is central announcing
            // itself (it restarted, or came back after the broker did): what was in flight is lost.
            var now = _time.GetUtcNow().UtcTicks;
            if (now - Interlocked.Read(ref _lastEchoTicks) > TimeSpan.TicksPerSecond)
            {
                Interlocked.Exchange(ref _lastEchoTicks, now);
                _window.Restart();
            }
        }

        Interlocked.Exchange(ref _centralHeard, 1);
        _wake.Set();
    }

    public async Task RunAsync(CancellationToken cancellation)
    {
        while (!cancellation.IsCancellationRequested)
        {
            await _wake.WaitAsync(_options.ResendAfter / 2, _time, cancellation);
            if (!_client.IsConnected || Volatile.Read(ref _centralHeard) == 0)
            {
                continue;
            }

            try
            {
                await PumpAsync(cancellation);
            }
            catch (MqttLinkClosedException)
            {
                Restart();
            }
        }
    }

    private async Task PumpAsync(CancellationToken cancellation)
    {
        var from = _window.NextFrom(_time.GetUtcNow(), out var resent);
        if (resent)
        {
            _log.LogInformation("Central has not acknowledged past event {Acked} for {Seconds:0} s; sending again from there",
                from, _options.ResendAfter.TotalSeconds);
        }

        while (_client.IsConnected && _window.HasRoomAfter(from))
        {
            var events = _queue.ReadOutbox(from, _options.BatchSize);
            if (events.Count == 0)
            {
                return;
            }

            var batch = new SyncEventBatch([.. events.Select(e => HallEventJson.ToSynced(e.Sequence, HallEventMapping.ToContract(e.Event)))]);
            await _client.PublishAsync(_topic, ContractJson.Serialize(batch), MqttQualityOfServiceLevel.AtLeastOnce, retain: false, cancellation);
            from = events[^1].Sequence;
            _window.Sent(from);
            BatchesSent++;
        }
    }
}
