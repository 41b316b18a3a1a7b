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
    private long _sent;
    private long _restartRequested = 1;
    private int _centralHeard;
    private long _lastEchoTicks;
    private long _lastProgressTicks;
    private bool _warnedAhead;

    public EventsUplink(SiteQueue queue, MqttLink client, string topic, CentralLinkOptions options, TimeProvider time, ILogger log)
    {
        _queue = queue;
        _client = client;
        _topic = topic;
        _options = options;
        _time = time;
        _log = log;
        _lastProgressTicks = time.GetUtcNow().UtcTicks;
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
        Interlocked.Exchange(ref _restartRequested, 1);
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
            Interlocked.Exchange(ref _lastProgressTicks, _time.GetUtcNow().UtcTicks);
        }
        else if (seq == _queue.OutboxAcknowledged && Interlocked.Read(ref _sent) > seq)
        {
            // Acks only grow while batches are taken in; the same number again is central announcing
            // itself (it restarted, or came back after the broker did): what was in flight is lost.
            var now = _time.GetUtcNow().UtcTicks;
            if (now - Interlocked.Read(ref _lastEchoTicks) > TimeSpan.TicksPerSecond)
            {
                Interlocked.Exchange(ref _lastEchoTicks, now);
                Interlocked.Exchange(ref _restartRequested, 1);
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
        var acked = _queue.OutboxAcknowledged;
        if (Interlocked.Exchange(ref _restartRequested, 0) == 1 || _sent < acked)
        {
            Interlocked.Exchange(ref _sent, acked);
            Interlocked.Exchange(ref _lastProgressTicks, _time.GetUtcNow().UtcTicks);
        }
        else if (_sent > acked && _time.GetUtcNow().UtcTicks - Interlocked.Read(ref _lastProgressTicks) > _options.ResendAfter.Ticks)
        {
            _log.LogInformation("Central has not acknowledged past event {Acked} for {Seconds:0} s; sending again from there",
                acked, _options.ResendAfter.TotalSeconds);
            Interlocked.Exchange(ref _sent, acked);
            Interlocked.Exchange(ref _lastProgressTicks, _time.GetUtcNow().UtcTicks);
        }

        while (_client.IsConnected && _sent - _queue.OutboxAcknowledged < (long)_options.BatchSize * _options.BatchesAhead)
        {
            var events = _queue.ReadOutbox(_sent, _options.BatchSize);
            if (events.Count == 0)
            {
                return;
            }

            var batch = new SyncEventBatch([.. events.Select(e => HallEventJson.ToSynced(e.Sequence, HallEventMapping.ToContract(e.Event)))]);
            await _client.PublishAsync(_topic, ContractJson.Serialize(batch), MqttQualityOfServiceLevel.AtLeastOnce, retain: false, cancellation);
            Interlocked.Exchange(ref _sent, events[^1].Sequence);
            BatchesSent++;
        }
    }
}
