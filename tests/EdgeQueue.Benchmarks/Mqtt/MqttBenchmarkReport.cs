using System.Globalization;

namespace EdgeQueue.Benchmarks.Mqtt;

/// <summary>The table and the ratios printed by <see cref="MqttBenchmark"/>.</summary>
internal static class MqttBenchmarkReport
{
    public static async Task WriteAsync(TextWriter output, IReadOnlyList<MqttPairResult> results, int count)
    {
        await output.WriteLineAsync();
        await output.WriteLineAsync($"{"pair",-26} {"QoS 0 msg/s",12} {"QoS 1 msg/s",12} {"p50 ms",8} {"p99 ms",8}  delivered (QoS 0 / QoS 1)");
        foreach (var r in results)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{r.Name,-26} {r.Qos0PerSecond,12:N0} {r.Qos1PerSecond,12:N0} {r.LatencyP50Ms,8:F3} {r.LatencyP99Ms,8:F3}  {r.Qos0Received}/{count} / {r.Qos1Received}/{count}"));
        }

        var ownOnMosquitto = results[0];
        var pahoOnMosquitto = results[1];
        var ownOnOwn = results[2];
        var pahoOnOwn = results[3];
        await output.WriteLineAsync();
        await output.WriteLineAsync("ratios (throughput: higher is better; latency: lower is better; target: within 2x of Mosquitto)");
        await Ratio(output, "own client vs Paho, on Mosquitto", ownOnMosquitto, pahoOnMosquitto);
        await Ratio(output, "own broker vs Mosquitto, own client", ownOnOwn, ownOnMosquitto);
        await Ratio(output, "own broker vs Mosquitto, Paho", pahoOnOwn, pahoOnMosquitto);
    }

    private static Task Ratio(TextWriter output, string label, MqttPairResult subject, MqttPairResult reference) =>
        output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"  {label,-38} QoS 0 x{subject.Qos0PerSecond / reference.Qos0PerSecond:F2}  QoS 1 x{subject.Qos1PerSecond / reference.Qos1PerSecond:F2}  p50 x{subject.LatencyP50Ms / reference.LatencyP50Ms:F2}  p99 x{subject.LatencyP99Ms / reference.LatencyP99Ms:F2}"));
}
