using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace EdgeQueue.Benchmarks.Mqtt;

/// <summary>Eclipse Paho for Python (paho_bench.py, run by Debian's /usr/bin/python3) against one broker.</summary>
internal static class PahoBench
{
    public const string Python = "/usr/bin/python3";

    public static async Task<MqttPairResult> RunAsync(string name, int port, int count, int latencyCount, CancellationToken cancellation)
    {
        var start = new ProcessStartInfo(Python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { ScriptPath(), "127.0.0.1", port.ToString(CultureInfo.InvariantCulture), count.ToString(CultureInfo.InvariantCulture), latencyCount.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {Python}");
        var errors = process.StandardError.ReadToEndAsync(cancellation);
        var output = await process.StandardOutput.ReadToEndAsync(cancellation);
        await process.WaitForExitAsync(cancellation);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"paho_bench.py failed ({process.ExitCode}): {await errors} (needs Debian python3-paho-mqtt)");
        }

        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        var (qos0Rate, qos0Received) = Throughput(root.GetProperty("qos0"));
        var (qos1Rate, qos1Received) = Throughput(root.GetProperty("qos1"));
        var latencies = root.GetProperty("latencyMs").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        return new MqttPairResult(name, qos0Rate, qos0Received, qos1Rate, qos1Received, Percentile(latencies, 50), Percentile(latencies, 99));
    }

    private static (double PerSecond, int Received) Throughput(JsonElement figures)
    {
        var received = figures.GetProperty("received").GetInt32();
        return (received / figures.GetProperty("seconds").GetDouble(), received);
    }

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

    /// <summary>The script beside this source file in the repository (benchmarks run from the repo).</summary>
    private static string ScriptPath([CallerFilePath] string sourceFile = "")
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tests", "EdgeQueue.Benchmarks", "Mqtt", "paho_bench.py");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        var besideSource = Path.Combine(Path.GetDirectoryName(sourceFile) ?? ".", "paho_bench.py");
        return File.Exists(besideSource)
            ? besideSource
            : throw new FileNotFoundException("tests/EdgeQueue.Benchmarks/Mqtt/paho_bench.py not found; run from the repository");
    }
}
