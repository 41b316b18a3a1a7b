using System.Diagnostics;
using System.Globalization;
using EdgeQueue.Queue.Commands;
using EdgeQueue.Queue.Configuration;
using EdgeQueue.Queue.Engine;
using EdgeQueue.Queue.Serialization;
using EdgeQueue.Queue.State;
using EdgeQueue.Queue.Storage;

namespace EdgeQueue.Benchmarks.Queue;

/// <summary>
/// Where a lone command's time goes: the same mix as <see cref="QueueLoad"/> through the store and
/// the rules called directly on one thread, each step timed and its allocations counted. What
/// <see cref="SiteQueue"/> adds on top (queueing, leading, answering) is its own time per command
/// minus this total.
/// </summary>
internal sealed class QueueCostProfile : IDisposable
{
    private readonly SqliteQueueStore _store;
    private readonly QueueEngine _engine;
    private readonly Step _lookup = new("request-id lookup");
    private readonly Step _decide = new("decide (queue rules)");
    private readonly Step _json = new("JSON of events and reply");
    private readonly Step _commit = new("SQL inserts + COMMIT (fsync)");
    private QueueState _state;
    private int _count;

    public QueueCostProfile(string path, SiteConfiguration configuration)
    {
        _engine = new QueueEngine(configuration);
        _store = SqliteQueueStore.Open(path, TimeProvider.System.GetUtcNow());
        (_state, _) = _store.Load();
        Write(new RollOverDay(), null);
        for (var counter = 1; counter <= 4; counter++)
        {
            Write(new OpenCounter(counter), $"profile.open.{counter}");
        }
    }

    /// <summary>Mean microseconds per command of all steps together.</summary>
    public double TotalMicroseconds => new[] { _lookup, _decide, _json, _commit }.Sum(s => s.Microseconds(_count));

    public void Run(TimeSpan duration, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration && !cancellation.IsCancellationRequested)
        {
            Write(QueueLoad.Command(0, _count), $"profile.{_count}");
            _count++;
        }
    }

    public IEnumerable<string> Lines()
    {
        foreach (var step in new[] { _lookup, _decide, _json, _commit })
        {
            yield return step.Line(_count);
        }
    }

    public void Dispose() => _store.Dispose();

    private void Write(QueueCommand command, string? requestId)
    {
        var now = TimeProvider.System.GetUtcNow();
        if (requestId is not null)
        {
            _lookup.Time(() => _store.FindRequest(requestId));
        }

        var decision = _decide.Time(() => _engine.Decide(_state, command, now));
        _json.Time(() =>
        {
            foreach (var e in decision.Events)
            {
                QueueJson.Serialize(e);
            }

            return QueueJson.Serialize(decision.Reply);
        });

        // The store serialises again inside its commit: that share is taken off using the step above.
        var commit = new PendingCommit(requestId, decision.Events, decision.Reply, RecordReply: requestId is not null);
        _commit.Time(() => _store.Commit([commit], now));
        _commit.Subtract(_json.Last);
        _state = decision.State;
    }

    /// <summary>One timed step: total time and bytes allocated on this thread.</summary>
    private sealed class Step(string name)
    {
        private long _ticks;
        private long _bytes;

        public (long Ticks, long Bytes) Last { get; private set; }

        public T Time<T>(Func<T> work)
        {
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var start = Stopwatch.GetTimestamp();
            var result = work();
            Last = (Stopwatch.GetTimestamp() - start, GC.GetAllocatedBytesForCurrentThread() - bytes);
            _ticks += Last.Ticks;
            _bytes += Last.Bytes;
            return result;
        }

        public void Subtract((long Ticks, long Bytes) share)
        {
            _ticks -= share.Ticks;
            _bytes -= share.Bytes;
        }

        public double Microseconds(int count) => count == 0 ? 0 : _ticks * 1e6 / Stopwatch.Frequency / count;

        public string Line(int count) => string.Create(CultureInfo.InvariantCulture,
            $"    {name,-32} {Microseconds(count),7:F1} µs  {(count == 0 ? 0 : _bytes / 1024.0 / count),6:F1} KB allocated");
    }
}
