using System.Globalization;
using System.Text.Json;
using EdgeQueue.Benchmarks.Mqtt.Brokers;
using EdgeQueue.Testing;

namespace EdgeQueue.Benchmarks.Mqtt.Comparison;

/// <summary>
/// MQTT.js (npm "mqtt", mqttjs/burst.mjs): one publisher fires 20,000 QoS 1 messages without an
/// in-flight cap to one subscriber; how many of those the broker acknowledged reach the subscriber.
/// Several runs on the same broker.
/// </summary>
internal sealed class BurstMeasurement : IBrokerMeasurement
{
    private const int Messages = 20_000;
    private const string Folder = "tests/EdgeQueue.Benchmarks/Mqtt/Comparison/mqttjs";

    public string Title => string.Create(CultureInfo.InvariantCulture, $"MQTT.js 1→1 burst, QoS 1 delivered of {Messages:N0} (per run)");

    public async Task<MeasuredCell> MeasureAsync(IBrokerLauncher broker, ComparisonSettings settings, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var folder = RepositoryFile.Find(Folder);
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "mqtt")))
        {
            return new MeasuredCell("not run: MQTT.js missing (scripts/install-bench-deps.sh)");
        }

        await using var running = await broker.StartAsync(BrokerSetup.Anonymous, cancellation);
        var delivered = new List<string>();
        var details = new List<string>();
        for (var run = 1; run <= settings.BurstRuns; run++)
        {
            var outcome = await ExternalProgram.RunAsync("node",
                [Path.Combine(folder, "burst.mjs"), "127.0.0.1", running.Port.ToString(CultureInfo.InvariantCulture), Messages.ToString(CultureInfo.InvariantCulture)],
                TimeSpan.FromMinutes(3), cancellation);
            if (outcome.ExitCode != 0)
            {
                delivered.Add("error");
                details.Add($"run {run}: burst.mjs exited {outcome.ExitCode}: {outcome.Error.Trim()}");
                continue;
            }

            using var json = JsonDocument.Parse(outcome.Output);
            var root = json.RootElement;
            var received = root.GetProperty("received").GetInt32();
            var acknowledged = root.GetProperty("acknowledged").GetInt32();
            var lost = root.GetProperty("lostAcknowledged").GetInt32();
            delivered.Add(lost > 0 ? $"**{received:N0}**" : received.ToString("N0", CultureInfo.InvariantCulture));
            details.Add(string.Create(CultureInfo.InvariantCulture,
                $"run {run}: acknowledged {acknowledged:N0}, failed {root.GetProperty("failed").GetInt32():N0}, delivered {received:N0}, lost after PUBACK {lost:N0}, last arrival after {root.GetProperty("seconds").GetDouble():F1} s"));
        }

        return new MeasuredCell(string.Join(", ", delivered), details);
    }
}
