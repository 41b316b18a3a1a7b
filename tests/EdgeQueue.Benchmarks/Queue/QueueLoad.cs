using System.Diagnostics;
using EdgeQueue.Queue.Commands;
using EdgeQueue.Queue.Configuration;
using EdgeQueue.Queue.Results;
using EdgeQueue.Queue.Storage;

namespace EdgeQueue.Benchmarks.Queue;

/// <summary>
/// A hall's mix through SiteQueue: a ticket issued for every Next (at one of four counters), so the queue stays a hall's length,
/// each with its own request id, from <c>callers</c> threads at once.
/// </summary>
internal sealed class QueueLoad : IDisposable
{
    private readonly SiteQueue _queue;
    private readonly int _callers;
    private readonly long _transactionsBefore;
    private TimeSpan _elapsed;
    private int _count;
    private int _round;

    public QueueLoad(string path, int callers)
    {
        _callers = callers;
        _queue = SiteQueue.Open(path, Configuration, TimeProvider.System);
        for (var counter = 1; counter <= 4; counter++)
        {
            _queue.Execute(new OpenCounter(counter), $"bench.open.{counter}");
        }

        // The same steady state as the raw peer: a morning's booking import (one transaction) takes
        // the WAL past its checkpoint before the measured commands.
        var visit = TimeProvider.System.GetUtcNow().AddDays(2);
        _queue.ImportBookingsAsync(Enumerable.Range(0, 4000)
            .Select(i => new SyncBooking($"BENCH{i}", "ABCD"[i % 4].ToString(), visit, "Mieszkaniec " + i, 1))).GetAwaiter().GetResult();
        _transactionsBefore = _queue.Transactions;
    }

    /// <summary>Four categories served at four counters, open all day.</summary>
    public static SiteConfiguration Configuration { get; } = new()
    {
        Categories = [.. "ABCD".Select(p => new CategoryDefinition { Prefix = p.ToString(), Name = "Sprawy " + p, Hours = CategoryDefinition.AllDay() })],
        Counters = [.. Enumerable.Range(1, 4).Select(n => new CounterDefinition { Number = n, Categories = ["A", "B", "C", "D"] })],
    };

    public LatencyRecorder Latency { get; } = new();

    /// <summary>The mix: a ticket issued for every Next, spread over the four categories and counters.</summary>
    public static QueueCommand Command(int caller, int i) =>
        i % 2 == 0 ? new IssueTicket("ABCD"[(caller + i) % 4].ToString()) : new CallNext(1 + ((caller + i) % 4));

    public double PerSecond => _count / _elapsed.TotalSeconds;

    /// <summary>Commands per durable transaction (1 when nothing was grouped).</summary>
    public double CommandsPerCommit => _count / (double)Math.Max(1, _queue.Transactions - _transactionsBefore);

    public void Run(TimeSpan duration, CancellationToken cancellation)
    {
        var round = _round++;
        var failures = 0;
        var clock = Stopwatch.StartNew();
        var threads = Enumerable.Range(0, _callers).Select(caller => new Thread(() =>
        {
            for (var i = 0; clock.Elapsed < duration && !cancellation.IsCancellationRequested; i++)
            {
                var command = Command(caller, i);
                var start = Stopwatch.GetTimestamp();
                var result = _queue.Execute(command, $"bench.{round}.{caller}.{i}");
                Latency.Record(start, Stopwatch.GetTimestamp());
                Interlocked.Increment(ref _count);
                if (!result.Accepted && result.Error != QueueError.NothingToCall)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        _elapsed += clock.Elapsed;
        if (failures > 0)
        {
            throw new InvalidOperationException($"{failures} benchmark commands failed");
        }
    }

    public void Dispose() => _queue.Dispose();
}
