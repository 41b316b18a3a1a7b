using System.Globalization;
using System.Text.RegularExpressions;
using EdgeQueue.Benchmarks.Mqtt.Brokers;
using EdgeQueue.Testing;

namespace EdgeQueue.Benchmarks.Mqtt.Comparison;

/// <summary>
/// The Paho scenarios of the broker's peer tests (tests/EdgeQueue.Mqtt.Tests/Peers/paho_peer.py, every
/// <c>scenario_*</c> in it), each against a fresh broker with the hall's users and ACL.
/// </summary>
internal sealed partial class PahoInteropMeasurement : IBrokerMeasurement
{
    private const string Script = "tests/EdgeQueue.Mqtt.Tests/Peers/paho_peer.py";

    public string Title => "Paho interop scenarios passed (paho_peer.py, hall users + ACL)";

    public async Task<MeasuredCell> MeasureAsync(IBrokerLauncher broker, ComparisonSettings settings, CancellationToken cancellation)
    {
        var script = RepositoryFile.Find(Script);
        var scenarios = ScenarioDefinition().Matches(await File.ReadAllTextAsync(script, cancellation)).Select(m => m.Groups[1].Value).ToList();
        var failures = new List<string>();
        foreach (var scenario in scenarios)
        {
            await using var running = await broker.StartAsync(BrokerSetup.Hall, cancellation);
            var run = await ExternalProgram.RunAsync(PahoBench.Python,
                [script, scenario, "--port", running.Port.ToString(CultureInfo.InvariantCulture), "--users", HallAccess.PasswordsJson(), "--site", HallAccess.Site],
                TimeSpan.FromSeconds(90), cancellation);
            if (run.ExitCode != 0 || !run.Output.StartsWith($"PASS {scenario}", StringComparison.Ordinal))
            {
                var reason = (run.Output + run.Error).Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? $"exit {run.ExitCode}";
                failures.Add($"{scenario}: {reason.Trim()}");
            }
        }

        var failed = failures.Count == 0 ? "" : $" (failed: {string.Join(", ", failures.Select(f => f.Split(':')[0]))})";
        return new MeasuredCell($"{scenarios.Count - failures.Count}/{scenarios.Count}{failed}", failures);
    }

    [GeneratedRegex(@"^def scenario_(\w+)\(", RegexOptions.Multiline)]
    private static partial Regex ScenarioDefinition();
}
