using System.Diagnostics;
using EdgeQueue.Mqtt.Client;
using EdgeQueue.Mqtt.Packets;

namespace EdgeQueue.Benchmarks.Mqtt;

/// <summary>The project's own client as publisher and subscriber against one broker.</summary>
internal static class OwnClientBench
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(2);
    private static readonly byte[] Payload = new byte[100];

    /// <summary>Runs the measurements once, small and unrecorded, so JIT and tiering do not land in the figures.</summary>
    public static Task WarmUpAsync(int port, CancellationToken cancellation) =>
        RunAsync("warm-up", port, count: 2_000, latencyCount: 200, cancellation);

    public static async Task<MqttPairResult> RunAsync(string name, int port, int count, int latencyCount, CancellationToken cancellation)
    {
        await using var subscriber = new MqttClient(Options(port, "own-bench-sub"));
        await using var publisher = new MqttClient(Options(port, "own-bench-pub"));
        await subscriber.ConnectAsync(cancellation);
        await publisher.ConnectAsync(cancellation);
        await subscriber.SubscribeAsync(
            [new("bench/q0", MqttQualityOfService.AtMostOnce), new("bench/q1", MqttQualityOfService.AtLeastOnce), new("bench/lat", MqttQualityOfService.AtLeastOnce)],
            cancellation);

        var (qos0Rate, qos0Received) = await ThroughputAsync(publisher, subscriber, "bench/q0", MqttQualityOfService.AtMostOnce, count, cancellation);
        var (qos1Rate, qos1Received) = await ThroughputAsync(publisher, subscriber, "bench/q1", MqttQualityOfService.AtLeastOnce, count, cancellation);

        var latency = new LatencyRecorder();
        for (var i = 0; i < latencyCount; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var publish = publisher.PublishAsync("bench/lat", Payload, MqttQualityOfService.AtLeastOnce, cancellation: cancellation);
            await subscriber.Messages.ReadAsync(cancellation).AsTask().WaitAsync(Wait, cancellation);
            latency.Record(start, Stopwatch.GetTimestamp());
            await publish;
        }

        await publisher.DisconnectAsync(cancellation);
        await subscriber.DisconnectAsync(cancellation);
        return new MqttPairResult(name, qos0Rate, qos0Received, qos1Rate, qos1Received, latency.PercentileMs(50), latency.PercentileMs(99));
    }

    private static async Task<(double PerSecond, int Received)> ThroughputAsync(MqttClient publisher, MqttClient subscriber,
        string topic, MqttQualityOfService qos, int count, CancellationToken cancellation)
    {
        var start = Stopwatch.GetTimestamp();
        var receiving = ReceiveAsync(subscriber, count, cancellation);
        var publishes = new List<Task>(qos == MqttQualityOfService.AtMostOnce ? 0 : count);
        for (var i = 0; i < count; i++)
        {
            var publish = publisher.PublishAsync(topic, Payload, qos, cancellation: cancellation);
            if (qos == MqttQualityOfService.AtMostOnce)
            {
                await publish;
            }
            else
            {
                publishes.Add(publish);
            }
        }

        await Task.WhenAll(publishes);
        var (received, end) = await receiving;
        var seconds = Stopwatch.GetElapsedTime(start, end).TotalSeconds;
        return (received / seconds, received);
    }

    /// <summary>Counts messages until all arrived or none came for a while (a broker may drop messages).</summary>
    private static async Task<(int Received, long End)> ReceiveAsync(MqttClient subscriber, int count, CancellationToken cancellation)
    {
        var received = 0;
        var end = Stopwatch.GetTimestamp();
        using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var messages = subscriber.Messages;
        while (received < count)
        {
            while (received < count && messages.TryRead(out _))
            {
                received++;
            }

            end = Stopwatch.GetTimestamp();
            if (received == count)
            {
                break;
            }

            quiet.CancelAfter(Quiet);
            try
            {
                if (!await messages.WaitToReadAsync(quiet.Token))
                {
                    break;
                }
            }
            catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
            {
                break;
            }
        }

        return (received, end);
    }

    private static MqttClientOptions Options(int port, string clientId) => new()
    {
        Transport = new TcpTransportFactory("127.0.0.1", port),
        ClientId = clientId,
        MaxInFlight = 64,
        MessageBufferCapacity = 4096,
        AutoReconnect = false,
    };
}
