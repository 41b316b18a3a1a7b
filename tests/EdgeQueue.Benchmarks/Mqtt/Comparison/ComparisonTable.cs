using EdgeQueue.Benchmarks.Mqtt.Brokers;

namespace EdgeQueue.Benchmarks.Mqtt.Comparison;

/// <summary>The markdown table printed by <see cref="BrokerComparisonBenchmark"/>, with the particulars of each cell below it.</summary>
internal static class ComparisonTable
{
    public static async Task WriteAsync(TextWriter output, IReadOnlyList<IBrokerLauncher> brokers,
        IReadOnlyList<(IBrokerMeasurement Measurement, MeasuredCell[] Cells)> rows, string loadBefore, string loadAfter, bool quick)
    {
        await output.WriteLineAsync($"broker comparison{(quick ? " (--quick: 1 burst run, silent socket watched 15 s)" : "")}");
        await output.WriteLineAsync($"machine at start: {loadBefore}");
        await output.WriteLineAsync($"machine at end:   {loadAfter}");
        await output.WriteLineAsync();
        await output.WriteLineAsync($"| at defaults | {string.Join(" | ", brokers.Select(b => b.Name))} |");
        await output.WriteLineAsync($"|---|{string.Concat(brokers.Select(_ => "---|"))}");
        foreach (var (measurement, cells) in rows)
        {
            await output.WriteLineAsync($"| {measurement.Title} | {string.Join(" | ", cells.Select(c => c.Text.Replace("|", "\\|", StringComparison.Ordinal)))} |");
        }

        await output.WriteLineAsync();
        foreach (var (measurement, cells) in rows)
        {
            for (var i = 0; i < brokers.Count; i++)
            {
                foreach (var detail in cells[i].Details)
                {
                    await output.WriteLineAsync($"- {measurement.Title} — {brokers[i].Name}: {detail}");
                }
            }
        }
    }
}
