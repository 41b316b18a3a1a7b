using System.Globalization;

namespace EdgeQueue.Benchmarks.Mqtt;

/// <summary>The table and the embedded/Mosquitto ratios printed by <see cref="MqttBenchmark"/>.</summary>
internal static class MqttBenchmarkReport
{
    /// <summary>DESIGN.md §8: the embedded broker within 1.5× of Mosquitto in the same run.</summary>
    private const double Goal = 1.5;

    /// <param name="results">Pairs in the order client → Mosquitto, client → embedded, for each client.</param>
    public static async Task WriteAsync(TextWriter output, IReadOnlyList<MqttPairResult> results, int count, IReadOnlyDictionary<string, double> idleRssMb)
    {
        await output.WriteLineAsync();
        await output.WriteLineAsync("| pair | QoS 0 msg/s | QoS 1 msg/s | QoS 1 p50 ms | QoS 1 p99 ms | QoS 0 delivered | QoS 1 acknowledged / delivered / lost | probes lost | broker RSS MB |");
        await output.WriteLineAsync("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Name} | {r.Qos0PerSecond:N0} | {r.Qos1PerSecond:N0} | {r.LatencyP50Ms:F3} | {r.LatencyP99Ms:F3} | {r.Qos0Received:N0}/{count:N0} | {r.Qos1Acknowledged:N0} / {r.Qos1Received:N0} / **{r.Qos1Lost}** | {r.ProbesLost} | {r.BrokerRssMb:F0} |"));
        }

        await output.WriteLineAsync();
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"broker RSS idle: {string.Join(", ", idleRssMb.Select(p => $"{p.Key} {p.Value:F0} MB"))}"));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"embedded / Mosquitto (rates: higher is better; latency and memory: lower is better; goal: within {Goal}x)"));
        for (var i = 0; i + 1 < results.Count; i += 2)
        {
            await RatioAsync(output, mosquitto: results[i], embedded: results[i + 1]);
        }

        var lost = results.Sum(r => r.Qos1Lost + r.ProbesLost);
        await output.WriteLineAsync(lost == 0
            ? "QoS 1: no acknowledged message lost in any pair"
            : $"QoS 1: {lost} messages lost (must be 0): {string.Join(", ", results.Where(r => r.Qos1Lost + r.ProbesLost > 0).Select(r => $"{r.Name} {r.Qos1Lost} + {r.ProbesLost} probes"))}");
    }

    private static Task RatioAsync(TextWriter output, MqttPairResult mosquitto, MqttPairResult embedded)
    {
        var qos0 = embedded.Qos0PerSecond / mosquitto.Qos0PerSecond;
        var qos1 = embedded.Qos1PerSecond / mosquitto.Qos1PerSecond;
        var p50 = embedded.LatencyP50Ms / mosquitto.LatencyP50Ms;
        var p99 = embedded.LatencyP99Ms / mosquitto.LatencyP99Ms;
        var met = qos0 >= 1 / Goal && qos1 >= 1 / Goal && p50 <= Goal && p99 <= Goal;
        var client = embedded.Name.Split(" -> ")[0];
        return output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"  {client,-8} QoS 0 x{qos0:F2}  QoS 1 x{qos1:F2}  p50 x{p50:F2}  p99 x{p99:F2}  RSS x{embedded.BrokerRssMb / mosquitto.BrokerRssMb:F1}  -> speed goal {(met ? "met" : "MISSED")}"));
    }
}
