using System.Diagnostics;
using System.Globalization;

namespace EdgeQueue.Benchmarks.Storage;

/// <summary>
/// Rounds of: start the child appending to one file, SIGKILL it at a random moment, reopen the file
/// and count the acknowledged records that are not there. A process crash, not a power cut: the
/// operating system still writes what the store left in its page cache.
/// </summary>
internal sealed class KillRounds(string store, string path, Random random)
{
    public int Rounds { get; private set; }

    public long Acknowledged { get; private set; }

    public long Lost { get; private set; }

    public async Task RunAsync(int rounds, CancellationToken cancellation)
    {
        var acknowledged = new HashSet<long>();
        for (var i = 0; i < rounds && !cancellation.IsCancellationRequested; i++)
        {
            await OneRoundAsync(acknowledged, cancellation);
            using var log = DurableLogs.Open(store, path);
            var present = log.ReadAll().ToHashSet();
            Lost = acknowledged.Count(id => !present.Contains(id));
            Acknowledged = acknowledged.Count;
            Rounds++;
        }
    }

    private async Task OneRoundAsync(HashSet<long> acknowledged, CancellationToken cancellation)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { ChildProcess.Dll, StoreDurabilityChild.Verb, "--store", store, "--path", path },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var child = Process.Start(start) ?? throw new InvalidOperationException("could not start the child");
        var ready = await child.StandardOutput.ReadLineAsync(cancellation);
        if (ready != StoreDurabilityChild.ReadyLine)
        {
            throw new InvalidOperationException($"the {store} child did not start: {ready} {await child.StandardError.ReadToEndAsync(cancellation)}");
        }

        var reading = ReadAcknowledgementsAsync(child.StandardOutput, acknowledged);
        await Task.Delay(random.Next(50, 400), cancellation);
        child.Kill();
        await child.WaitForExitAsync(cancellation);
        await reading;
    }

    private static async Task ReadAcknowledgementsAsync(StreamReader output, HashSet<long> acknowledged)
    {
        while (await output.ReadLineAsync() is { } line)
        {
            // The line cut by the kill (if any) may be a prefix of a number: only whole lines count.
            if (line.StartsWith("ACK ", StringComparison.Ordinal)
                && long.TryParse(line.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                acknowledged.Add(id);
            }
        }
    }
}
