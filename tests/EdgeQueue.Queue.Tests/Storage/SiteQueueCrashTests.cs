using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using EdgeQueue.Queue.Events;
using EdgeQueue.Queue.Storage;
using EdgeQueue.Testing;
using Xunit.Abstractions;

namespace EdgeQueue.Queue.Tests.Storage;

/// <summary>
/// A child process (EdgeQueue.Queue.CrashChild) issues and calls tickets from several threads and
/// prints each result after SiteQueue returned it; the test kills it with SIGKILL at a random moment,
/// then checks the store: every acknowledged ticket and call is there, nothing is there twice, the
/// outbox sequence has no gaps and the state rebuilt from snapshot + events equals a full replay.
/// Many rounds on the same file, each starting from what the previous kill left.
/// </summary>
public sealed class SiteQueueCrashTests(ITestOutputHelper output)
{
    // Bounded by work done, not by wall time: a loaded machine acknowledges less per round, so it
    // runs more rounds instead of failing. MaxRounds only stops a store that never acknowledges.
    private const int MinRounds = 10;
    private const int WantedTickets = 100;
    private const int MaxRounds = 400;

    [Fact]
    public async Task Open_AfterSigkillUnderLoad_EveryAcknowledgedTicketThereAndNoneTwice()
    {
        using var folder = new TempDirectory("eq-crash");
        var database = folder.File("queue.db");
        var seed = Environment.TickCount;
        var random = new Random(seed);
        var issuedAcks = new Dictionary<long, (string RequestId, string Number)>();
        var callAcks = new List<(string RequestId, long TicketId, int Counter)>();
        var clock = Stopwatch.StartNew();
        var rounds = 0;

        while (rounds < MinRounds || issuedAcks.Count < WantedTickets)
        {
            var lines = await RunAndKill(database, $"r{rounds}", random.Next(20, 700));
            foreach (var line in lines.Where(l => l.StartsWith("ACK ", StringComparison.Ordinal)))
            {
                var part = line.Split(' ');
                if (part.Length == 5 && part[2] == "issue")
                {
                    issuedAcks.Add(long.Parse(part[3], CultureInfo.InvariantCulture), (part[1], part[4]));
                }
                else if (part.Length == 5 && part[2] == "call")
                {
                    callAcks.Add((part[1], long.Parse(part[3], CultureInfo.InvariantCulture), int.Parse(part[4], CultureInfo.InvariantCulture)));
                }
            }

            Verify(database, issuedAcks, callAcks);
            rounds++;
            Assert.True(rounds < MaxRounds, $"only {issuedAcks.Count} tickets acknowledged in {rounds} rounds (seed {seed}): the child hardly gets to commit");
        }

        output.WriteLine($"seed {seed}: {rounds} rounds, {issuedAcks.Count} acknowledged tickets, {callAcks.Count} acknowledged calls, {clock.Elapsed.TotalSeconds:F1} s");
    }

    private static void Verify(
        string database,
        Dictionary<long, (string RequestId, string Number)> issuedAcks,
        List<(string RequestId, long TicketId, int Counter)> callAcks)
    {
        using var store = SqliteQueueStore.Open(database, DateTimeOffset.UnixEpoch);
        var events = store.ReadEvents(0, int.MaxValue);
        Assert.Equal(Enumerable.Range(1, events.Count).Select(i => (long)i), events.Select(e => e.Sequence));

        var issued = new Dictionary<long, TicketIssued>();
        foreach (var ticket in events.Select(e => e.Event).OfType<TicketIssued>())
        {
            Assert.True(issued.TryAdd(ticket.TicketId, ticket), $"ticket {ticket.TicketId} was issued twice");
        }

        foreach (var (ticketId, (requestId, number)) in issuedAcks)
        {
            Assert.True(issued.TryGetValue(ticketId, out var ticket), $"acknowledged ticket {number} ({requestId}) is missing");
            Assert.Equal(number, ticket.Number);
            Assert.Equal(ticketId, store.FindRequest(requestId)?.Reply.Ticket?.Id);
        }

        var calls = events.Select(e => e.Event).OfType<TicketCalled>().Select(c => (c.TicketId, c.Counter)).ToHashSet();
        foreach (var (requestId, ticketId, counter) in callAcks)
        {
            Assert.Contains((ticketId, counter), calls);
            Assert.Equal(ticketId, store.FindRequest(requestId)?.Reply.NowServing?.Id);
        }

        Assert.Equal(store.Replay(), store.Load().State);
    }

    private static async Task<IReadOnlyList<string>> RunAndKill(string database, string runId, int killAfterMs)
    {
        var child = Path.Combine(AppContext.BaseDirectory, "EdgeQueue.Queue.CrashChild.dll");
        var start = new ProcessStartInfo(DotNet())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["exec", child, database, runId, "3"])
        {
            start.ArgumentList.Add(argument);
        }

        var lines = new ConcurrentQueue<string>();
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var errors = new ConcurrentQueue<string>();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lines.Enqueue(e.Data);
            if (e.Data == "READY")
            {
                ready.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                errors.Enqueue(e.Data);
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await Task.WhenAny(ready.Task, process.WaitForExitAsync()).WaitAsync(TimeSpan.FromSeconds(60));
            Assert.True(ready.Task.IsCompleted, "the crash child did not start: " + string.Join(Environment.NewLine, errors));

            // Real time on purpose: the kill must land at an arbitrary point of real I/O.
            await Task.Delay(killAfterMs);
        }
        finally
        {
            process.Kill(); // SIGKILL on Linux: no finalizers, no flush, no dispose
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        }

        return [.. lines];
    }

    private static string DotNet()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host))
        {
            return host;
        }

        var current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }
}
