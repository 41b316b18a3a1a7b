using System.Diagnostics;
using System.Globalization;
using EdgeQueue.Testing;

namespace EdgeQueue.Benchmarks.Storage;

/// <summary>
/// <c>./edgequeue bench store-durability</c>: the measurement behind
/// docs/decisions/0002-sqlite-for-the-hall-queue.md. For SQLite as the hall's queue store opens it
/// and for LiteDB 5 (the embedded .NET document store it was weighed against), on the same disk:
/// single-record commits per second, fsync/fdatasync calls per commit (strace around a child), and
/// SIGKILL rounds counting acknowledged records lost.
/// </summary>
public sealed class StoreDurabilityBenchmark : IBenchmark
{
    public string Name => "store-durability";

    public string Description => "SQLite vs LiteDB: commits/s, syncs per commit, SIGKILL rounds (--seconds N, --rounds N, --folder PATH, --quick)";

    public async Task<int> RunAsync(BenchArguments arguments, TextWriter output, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        var seconds = arguments.GetInt("seconds", arguments.Quick ? 1 : 5);
        var rounds = arguments.GetInt("rounds", arguments.Quick ? 5 : 20);
        var parent = arguments.Get("folder");
        using var folder = parent is null ? new TempDirectory("eq-bench-durability") : new TempDirectory(Path.Combine(parent, "eq-bench-durability"));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Store durability: {seconds} s of single-record commits each, syncs counted by strace over 500 commits, {rounds} SIGKILL rounds each; {folder.Path}; {MachineLoad.Describe()}"));
        await output.WriteLineAsync($"  {"store",-26} {"commits/s",10} {"p50 ms",8} {"p99 ms",8} {"syncs/commit",13} {"SIGKILL rounds",15} {"acknowledged",13} {"lost",6}");

        var rates = new Dictionary<string, double>();
        var random = new Random(Environment.TickCount);
        foreach (var store in DurableLogs.Names)
        {
            var (perSecond, latency) = MeasureCommits(store, folder.File("rate-" + DurableLogs.FileName(store)), TimeSpan.FromSeconds(seconds), cancellation);
            rates[store] = perSecond;
            var syncs = SyncCounter.Available
                ? (await SyncCounter.PerCommitAsync(store, folder.Path, 500, cancellation)).ToString("F2", CultureInfo.InvariantCulture)
                : "no strace";
            var kills = new KillRounds(store, folder.File("killed-" + DurableLogs.FileName(store)), random);
            await kills.RunAsync(rounds, cancellation);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"  {DurableLogs.Describe(store),-26} {perSecond,10:F0} {latency.PercentileMs(50),8:F3} {latency.PercentileMs(99),8:F3} {syncs,13} {kills.Rounds,15} {kills.Acknowledged,13} {kills.Lost,6}"));
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"ratio LiteDB/SQLite commits/s: {rates["litedb"] / rates["sqlite"]:F2}. A store that makes no sync per commit is fast and keeps its records through a process crash (the page cache survives), not through a power cut or kernel crash."));
        return 0;
    }

    private static (double PerSecond, LatencyRecorder Latency) MeasureCommits(string store, string path, TimeSpan duration, CancellationToken cancellation)
    {
        using var log = DurableLogs.Open(store, path);
        for (var id = 1; id <= 200; id++)
        {
            log.Append(id); // warm-up: file created, first pages allocated, code jitted
        }

        var latency = new LatencyRecorder();
        var clock = Stopwatch.StartNew();
        var next = 1_000L;
        while (clock.Elapsed < duration && !cancellation.IsCancellationRequested)
        {
            var start = Stopwatch.GetTimestamp();
            log.Append(next++);
            latency.Record(start, Stopwatch.GetTimestamp());
        }

        return ((next - 1_000) / clock.Elapsed.TotalSeconds, latency);
    }
}
