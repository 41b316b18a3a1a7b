using System.Globalization;

namespace EdgeQueue.Benchmarks.Storage;

/// <summary>
/// The child process of `bench store-durability`: opens one store, appends records after the highest
/// one it holds, and prints <c>ACK id</c> after each append returned (the store acknowledged it).
/// Run under strace to count syncs, or killed with SIGKILL to see what acknowledged records survive.
/// </summary>
internal static class StoreDurabilityChild
{
    public const string Verb = "store-durability-child";
    public const string ReadyLine = "READY";

    /// <summary>
    /// <c>store-durability-child --store sqlite|litedb --path FILE [--commits N | --open-only]</c>;
    /// without either it appends until killed.
    /// </summary>
    public static int Run(BenchArguments arguments)
    {
        var store = arguments.Get("store") ?? throw new ArgumentException("--store is required");
        var path = arguments.Get("path") ?? throw new ArgumentException("--path is required");
        var commits = arguments.Get("open-only") is not null ? 0 : arguments.GetInt("commits", int.MaxValue);
        using var log = DurableLogs.Open(store, path);
        var next = log.ReadAll().DefaultIfEmpty(0).Max() + 1;
        var output = Console.Out;
        output.WriteLine(ReadyLine);
        output.Flush();
        for (var done = 0; done < commits; done++, next++)
        {
            log.Append(next);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ACK {next}"));
            output.Flush();
        }

        return 0;
    }
}
