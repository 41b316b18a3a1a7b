using System.Globalization;
using System.Text.Json;
using EdgeQueue.Testing;

namespace EdgeQueue.Benchmarks.Mqtt;

/// <summary>Eclipse Paho for Python (paho_bench.py, run by Debian's /usr/bin/python3) against one broker.</summary>
internal static class PahoBench
{
    public const string Python = "/usr/bin/python3";

    /// <summary>Paho numbers QoS 1 messages with 16-bit ids; the script maps them back to sequence numbers.</summary>
    public const int MaxCount = ushort.MaxValue;

    public static async Task<MqttPairResult> RunAsync(string name, int port, int count, int latencyCount, CancellationToken cancellation)
    {
        string[] arguments = [RepositoryFile.Find("tests/EdgeQueue.Benchmarks/Mqtt/paho_bench.py"), "127.0.0.1",
            port.ToString(CultureInfo.InvariantCulture), count.ToString(CultureInfo.InvariantCulture), latencyCount.ToString(CultureInfo.InvariantCulture)];
        var run = await ExternalProgram.RunAsync(Python, arguments, TimeSpan.FromMinutes(10), cancellation);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"paho_bench.py failed ({run.ExitCode}): {run.Error} (needs Debian python3-paho-mqtt)");
        }

        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        var qos0 = root.GetProperty("qos0");
        var qos1 = root.GetProperty("qos1");
        var latencies = root.GetProperty("latencyMs").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        return new MqttPairResult(name, PerSecond(qos0), qos0.GetProperty("received").GetInt32(),
            PerSecond(qos1), qos1.GetProperty("acknowledged").GetInt32(), qos1.GetProperty("received").GetInt32(), qos1.GetProperty("lost").GetInt32(),
            Percentile(latencies, 50), Percentile(latencies, 99), root.GetProperty("probesLost").GetInt32());
    }

    private static double PerSecond(JsonElement figures) =>
        figures.GetProperty("received").GetInt32() / figures.GetProperty("seconds").GetDouble();

    /// <summary>Same rank rule as <see cref="LatencyRecorder"/>, over sorted milliseconds.</summary>
    private static double Percentile(double[] sorted, double percentile)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }
}
