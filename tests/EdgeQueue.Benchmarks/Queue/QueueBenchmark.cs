using System.Globalization;
using EdgeQueue.Testing;

namespace EdgeQueue.Benchmarks.Queue;

/// <summary>
/// <c>./edgequeue bench queue</c>: durable queue commands per second and their latency through
/// SiteQueue (WAL, synchronous=FULL, one fsync per commit), beside the raw SQLite commit rate on the
/// same disk with the same settings (one tiny insert per transaction: the physical limit of one
/// fsync per commit), and the same commands from many callers at once, where group commit puts
/// several commands into one durable transaction. The three alternate in short slices, so a busy
/// neighbour on a shared disk slows all of them alike instead of skewing one.
/// </summary>
public sealed class QueueBenchmark : IBenchmark
{
    private const int Slices = 6;

    public string Name => "queue";

    public string Description => "durable queue commands/s and p50/p99 vs raw SQLite commits (--seconds N, --callers N, --folder PATH, --quick)";

    public async Task<int> RunAsync(BenchArguments arguments, TextWriter output, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        var seconds = arguments.GetInt("seconds", arguments.Quick ? 1 : 5);
        var callers = arguments.GetInt("callers", 16);
        var slice = TimeSpan.FromSeconds((double)seconds / Slices);
        // --folder puts the files elsewhere (another disk, or /dev/shm to see the CPU cost without fsync).
        var parent = arguments.Get("folder");
        using var folder = parent is null ? new TempDirectory("eq-bench-queue") : new TempDirectory(System.IO.Path.Combine(parent, "eq-bench-queue"));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Queue store benchmark: {seconds} s per contender in {Slices} alternating slices, WAL + synchronous=FULL, {folder.Path}"));

        using var raw = new RawCommitPeer(folder.File("raw.db"));
        using var single = new QueueLoad(folder.File("queue-1.db"), 1);
        using var many = new QueueLoad(folder.File("queue-n.db"), callers);
        using var profile = new QueueCostProfile(folder.File("queue-profile.db"), QueueLoad.Configuration);
        for (var i = 0; i < Slices && !cancellation.IsCancellationRequested; i++)
        {
            raw.Run(slice, cancellation);
            single.Run(slice, cancellation);
            many.Run(slice, cancellation);
            profile.Run(slice, cancellation);
        }

        await Print(output, "raw SQLite commit (1 insert/tx)", raw.PerSecond, raw.Latency);
        await Print(output, "SiteQueue, 1 caller", single.PerSecond, single.Latency);
        await Print(output, $"SiteQueue, {callers} callers", many.PerSecond, many.Latency);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"ratio: 1 caller reaches {single.PerSecond / raw.PerSecond:P0} of the raw commit rate; " +
            $"{callers} callers (group commit, {many.CommandsPerCommit:F1} commands per commit) reach {many.PerSecond / raw.PerSecond:P0}"));
        await output.WriteLineAsync("where a lone command's time goes (the same mix through the store and the rules called directly, mean per command):");
        foreach (var line in profile.Lines())
        {
            await output.WriteLineAsync(line);
        }

        var throughQueue = 1e6 / single.PerSecond;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"    {"= direct total",-32} {profile.TotalMicroseconds,7:F1} µs  (raw commit {1e6 / raw.PerSecond:F1} µs); through SiteQueue {throughQueue:F1} µs, " +
            $"so queueing, leading and answering add {throughQueue - profile.TotalMicroseconds:F1} µs"));
        return 0;
    }

    private static Task Print(TextWriter output, string label, double perSecond, LatencyRecorder latency) =>
        output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"  {label,-34} {perSecond,9:F0} /s   {latency.Summary()}"));
}
