using System.Globalization;
using EdgeQueue.Testing;

namespace EdgeQueue.Benchmarks.Storage;

/// <summary>
/// fsync + fdatasync calls a store makes per commit, counted by strace around a child process:
/// a run with N commits minus a run with none (opening the file has syncs of its own).
/// </summary>
internal static class SyncCounter
{
    private const string Strace = "/usr/bin/strace";

    public static bool Available => File.Exists(Strace);

    public static async Task<double> PerCommitAsync(string store, string folder, int commits, CancellationToken cancellation)
    {
        var baseline = await CountAsync(store, Path.Combine(folder, "baseline-" + DurableLogs.FileName(store)), 0, cancellation);
        var measured = await CountAsync(store, Path.Combine(folder, "synced-" + DurableLogs.FileName(store)), commits, cancellation);
        return (double)(measured - baseline) / commits;
    }

    private static async Task<long> CountAsync(string store, string path, int commits, CancellationToken cancellation)
    {
        var summary = path + ".strace";
        string[] arguments = ["-f", "-c", "-e", "trace=fsync,fdatasync", "-o", summary,
            "dotnet", ChildProcess.Dll, StoreDurabilityChild.Verb, "--store", store, "--path", path,
            .. commits == 0 ? ["--open-only"] : new[] { "--commits", commits.ToString(CultureInfo.InvariantCulture) }];
        var outcome = await ExternalProgram.RunAsync(Strace, arguments, TimeSpan.FromMinutes(5), cancellation);
        if (outcome.ExitCode != 0)
        {
            throw new InvalidOperationException($"strace around the {store} child failed ({outcome.ExitCode}): {outcome.Error.Trim()}");
        }

        // strace -c: "% time  seconds  usecs/call  calls  [errors]  syscall", one row per call counted.
        return (await File.ReadAllLinesAsync(summary, cancellation))
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(cells => cells.Length >= 5 && cells[^1] is "fsync" or "fdatasync")
            .Sum(cells => long.Parse(cells[3], CultureInfo.InvariantCulture));
    }
}
