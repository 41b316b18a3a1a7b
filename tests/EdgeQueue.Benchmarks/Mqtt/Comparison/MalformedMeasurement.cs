using EdgeQueue.Benchmarks.Mqtt.Brokers;
using MQTTnet;

namespace EdgeQueue.Benchmarks.Mqtt.Comparison;

/// <summary>
/// Each <see cref="MalformedCases"/> case on a connection of its own (all at once): does the broker
/// close it within <see cref="Patience"/>? A '#' subscriber watches for illegal topic names being
/// forwarded, and a last client checks that the broker still serves.
/// </summary>
internal sealed class MalformedMeasurement : IBrokerMeasurement
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(3);

    public string Title => $"malformed connections closed, of {MalformedCases.All.Count}";

    public async Task<MeasuredCell> MeasureAsync(IBrokerLauncher broker, ComparisonSettings settings, CancellationToken cancellation)
    {
        await using var running = await broker.StartAsync(BrokerSetup.Anonymous, cancellation);
        var forwarded = new HashSet<string>();
        using var watcher = await MqttnetClients.ConnectAsync(running.Port, "bench-watch", cancellation);
        watcher.ApplicationMessageReceivedAsync += e =>
        {
            var topic = e.ApplicationMessage.Topic;
            if (topic.Length == 0 || topic.AsSpan().IndexOfAny("+#\0\uFFFD") >= 0)
            {
                lock (forwarded)
                {
                    forwarded.Add(MalformedCases.Describe(System.Text.Encoding.UTF8.GetBytes(topic)));
                }
            }

            return Task.CompletedTask;
        };
        await watcher.SubscribeAsync("#", cancellationToken: cancellation);

        var outcomes = await Task.WhenAll(MalformedCases.All.Select((c, i) => TryAsync(running.Port, c, i, cancellation)));
        await Task.Delay(TimeSpan.FromSeconds(1), cancellation);
        var refusal = await BrokerProbe.RefusalAsync(running.Port, "bench-after", cancellation);

        var closed = outcomes.Count(o => o is null);
        List<string> details = [.. MalformedCases.All.Zip(outcomes).Where(p => p.Second is not null).Select(p => $"left open: {p.First.Name} ({p.Second})")];
        var text = $"{closed}";
        lock (forwarded)
        {
            if (forwarded.Count > 0)
            {
                text += $"; illegal topic names forwarded ({string.Join(", ", forwarded.Order(StringComparer.Ordinal).Select(t => $"`{t}`"))})";
            }
        }

        if (refusal is not null)
        {
            text += $"; **a good client is refused afterwards** ({refusal})";
        }

        return new MeasuredCell(text, details);
    }

    /// <summary>Null when the broker closed the connection; otherwise what happened instead.</summary>
    private static async Task<string?> TryAsync(int port, MalformedCase malformed, int index, CancellationToken cancellation)
    {
        try
        {
            using var socket = await RawSocket.OpenAsync(port, cancellation);
            if (malformed.AfterConnect)
            {
                await socket.SendAsync(MqttBytes.Connect($"bench-bad-{index}"), cancellation);
                if (!MqttBytes.IsAccepted(await socket.ReceiveExactlyAsync(4, Patience, cancellation)))
                {
                    return "the valid CONNECT before it was refused";
                }
            }

            await socket.SendAsync(malformed.Bytes, cancellation);
            return await socket.WaitForCloseAsync(Patience, cancellation) is null ? $"open after {Patience.TotalSeconds:F0} s" : null;
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or OperationCanceledException && !cancellation.IsCancellationRequested)
        {
            return $"error: {e.Message}";
        }
    }
}
