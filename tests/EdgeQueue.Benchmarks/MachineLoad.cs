using System.Globalization;

namespace EdgeQueue.Benchmarks;

/// <summary>The machine's load as printed beside figures: a benchmark on a shared machine says what else ran.</summary>
internal static class MachineLoad
{
    public static string Describe()
    {
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[..3] : ["?", "?", "?"];
        return string.Create(CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} cores, load average {string.Join(" ", load)} (1/5/15 min), {TimeProvider.System.GetUtcNow():yyyy-MM-dd HH:mm} UTC");
    }
}
