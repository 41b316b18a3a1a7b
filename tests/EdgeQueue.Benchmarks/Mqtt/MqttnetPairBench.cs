using System.Buffers;
using System.Diagnostics;
using MQTTnet;
using MQTTnet.Protocol;

namespace EdgeQueue.Benchmarks.Mqtt;

/// <summary>
/// MQTTnet's client as publisher and subscriber against one broker: QoS 0 and QoS 1 throughput
/// (QoS 1 with at most <see cref="InFlight"/> unacknowledged publishes, as Paho's side), messages
/// lost after the broker's PUBACK, and the round trip of single QoS 1 messages.
/// </summary>
internal sealed class MqttnetPairBench : IDisposable
{
    /// <summary>The same window paho_bench.py uses.</summary>
    public const int InFlight = 64;

    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(2);
    /// <summary>A latency probe not delivered by then counts as lost (as in paho_bench.py).</summary>
    private static readonly TimeSpan ProbeWait = TimeSpan.FromSeconds(5);

    /// <summary>After this many lost probes the round trips stop (each costs <see cref="ProbeWait"/>).</summary>
    private const int MaxProbesLost = 10;

    private readonly IMqttClient _publisher;
    private readonly IMqttClient _subscriber;
    private readonly Lock _gate = new();
    private (string Topic, SequenceSet Set) _receiving = ("", new SequenceSet(0));
    private long _lastArrival;
    private string? _lostConnection;
    private TaskCompletionSource _probe = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private MqttnetPairBench(IMqttClient publisher, IMqttClient subscriber)
    {
        _publisher = publisher;
        _subscriber = subscriber;
        _subscriber.ApplicationMessageReceivedAsync += OnMessage;
        _publisher.DisconnectedAsync += e => Remember("publisher", e);
        _subscriber.DisconnectedAsync += e => Remember("subscriber", e);
    }

    /// <summary>Runs once, small and unrecorded, so JIT and tiering (the client's and our broker's) stay out of the figures.</summary>
    public static Task WarmUpAsync(int port, CancellationToken cancellation) =>
        RunAsync("warm-up", port, count: 2_000, latencyCount: 200, cancellation);

    public static async Task<MqttPairResult> RunAsync(string name, int port, int count, int latencyCount, CancellationToken cancellation)
    {
        using var bench = new MqttnetPairBench(
            await MqttnetClients.ConnectAsync(port, "mqttnet-bench-pub", cancellation),
            await MqttnetClients.ConnectAsync(port, "mqttnet-bench-sub", cancellation));
        await bench._subscriber.SubscribeAsync(new MqttClientSubscribeOptionsBuilder()
            .WithTopicFilter("bench/q0", MqttQualityOfServiceLevel.AtMostOnce)
            .WithTopicFilter("bench/q1", MqttQualityOfServiceLevel.AtLeastOnce)
            .WithTopicFilter("bench/lat", MqttQualityOfServiceLevel.AtLeastOnce)
            .Build(), cancellation);

        var (qos0Rate, qos0Received, _) = await bench.ThroughputAsync("bench/q0", MqttQualityOfServiceLevel.AtMostOnce, count, cancellation);
        var (qos1Rate, qos1Received, acknowledged) = await bench.ThroughputAsync("bench/q1", MqttQualityOfServiceLevel.AtLeastOnce, count, cancellation);
        var (latency, probesLost) = await bench.LatencyAsync(latencyCount, cancellation);

        await bench._publisher.DisconnectAsync(cancellationToken: cancellation);
        await bench._subscriber.DisconnectAsync(cancellationToken: cancellation);
        return new MqttPairResult(name, qos0Rate, qos0Received.Count, qos1Rate, acknowledged.Count, qos1Received.Count, acknowledged.MissingFrom(qos1Received),
            latency.PercentileMs(50), latency.PercentileMs(99), probesLost);
    }

    public void Dispose()
    {
        _publisher.Dispose();
        _subscriber.Dispose();
    }

    private async Task<(double PerSecond, SequenceSet Received, SequenceSet Acknowledged)> ThroughputAsync(
        string topic, MqttQualityOfServiceLevel qos, int count, CancellationToken cancellation)
    {
        var received = new SequenceSet(count);
        var acknowledged = new SequenceSet(count);
        lock (_gate)
        {
            _receiving = (topic, received);
        }

        using var window = new SemaphoreSlim(InFlight);
        var pending = new List<Task>(count);
        var start = Stopwatch.GetTimestamp();
        Volatile.Write(ref _lastArrival, start);
        for (var i = 0; i < count; i++)
        {
            var message = MqttnetClients.Message(topic, SequenceSet.Payload(i), qos);
            if (qos == MqttQualityOfServiceLevel.AtMostOnce)
            {
                await _publisher.PublishAsync(message, cancellation);
                continue;
            }

            await window.WaitAsync(cancellation);
            pending.Add(PublishAcknowledgedAsync(message, i, acknowledged, window, cancellation));
        }

        await Task.WhenAll(pending);
        while (received.Count < count && Stopwatch.GetElapsedTime(Volatile.Read(ref _lastArrival)) < Quiet)
        {
            await Task.Delay(10, cancellation);
        }

        var seconds = Stopwatch.GetElapsedTime(start, Volatile.Read(ref _lastArrival)).TotalSeconds;
        return (received.Count / seconds, received, acknowledged);
    }

    private async Task PublishAcknowledgedAsync(MqttApplicationMessage message, int sequence, SequenceSet acknowledged,
        SemaphoreSlim window, CancellationToken cancellation)
    {
        try
        {
            var result = await _publisher.PublishAsync(message, cancellation);
            if (result.IsSuccess)
            {
                acknowledged.Add(sequence);
            }
        }
        finally
        {
            window.Release();
        }
    }

    private async Task<(LatencyRecorder Latency, int Lost)> LatencyAsync(int latencyCount, CancellationToken cancellation)
    {
        var latency = new LatencyRecorder();
        var lost = 0;
        var payload = SequenceSet.Payload(-1);
        for (var i = 0; i < latencyCount; i++)
        {
            var probe = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Volatile.Write(ref _probe, probe);
            var start = Stopwatch.GetTimestamp();
            var publish = _publisher.PublishAsync(MqttnetClients.Message("bench/lat", payload, MqttQualityOfServiceLevel.AtLeastOnce), cancellation);
            try
            {
                await probe.Task.WaitAsync(ProbeWait, cancellation);
                latency.Record(start, Stopwatch.GetTimestamp());
            }
            catch (TimeoutException)
            {
                lost++;
                if (Volatile.Read(ref _lostConnection) is { } why)
                {
                    throw new InvalidOperationException($"latency probe {i}: {why}");
                }

                if (lost == MaxProbesLost)
                {
                    break;
                }
            }

            await publish;
        }

        return (latency, lost);
    }

    /// <summary>Keeps why a client lost its link (a broker may close a slow or silent client), for the error message.</summary>
    private Task Remember(string client, MqttClientDisconnectedEventArgs e)
    {
        if (e.ClientWasConnected)
        {
            Interlocked.CompareExchange(ref _lostConnection,
                $"the {client} lost its connection to the broker ({e.Reason}{(e.Exception is null ? "" : $": {e.Exception.GetType().Name} {e.Exception.Message}")})", null);
        }

        return Task.CompletedTask;
    }

    private Task OnMessage(MqttApplicationMessageReceivedEventArgs e)
    {
        if (e.ApplicationMessage.Topic == "bench/lat")
        {
            Volatile.Read(ref _probe).TrySetResult();
            return Task.CompletedTask;
        }

        var payload = e.ApplicationMessage.Payload;
        var sequence = payload.IsSingleSegment ? SequenceSet.SequenceOf(payload.FirstSpan) : SequenceSet.SequenceOf(payload.ToArray());
        (string Topic, SequenceSet Set) receiving;
        lock (_gate)
        {
            receiving = _receiving;
        }

        if (e.ApplicationMessage.Topic == receiving.Topic)
        {
            receiving.Set.Add(sequence);
        }

        Volatile.Write(ref _lastArrival, Stopwatch.GetTimestamp());
        return Task.CompletedTask;
    }
}
