using System.Collections.Concurrent;
using System.Globalization;
using EdgeQueue.Queue.Commands;
using EdgeQueue.Queue.Configuration;
using EdgeQueue.Queue.Engine;
using EdgeQueue.Queue.Events;
using EdgeQueue.Queue.Results;
using EdgeQueue.Queue.Serialization;
using EdgeQueue.Queue.Snapshots;
using EdgeQueue.Queue.State;
using Microsoft.Data.Sqlite;

namespace EdgeQueue.Queue.Storage;

/// <summary>
/// The site's queue, the hub's single source of truth: the rules of <see cref="QueueEngine"/> over
/// the durable <see cref="SqliteQueueStore"/>. Thread-safe: commands from any thread are queued and
/// written by one caller at a time, the leader, which decides them in order, commits them (several
/// at once when they arrive together) and answers each only after its transaction is durable —
/// commit before effect (DESIGN.md §5 rule 1). A caller that finds no leader leads itself, so a
/// lone command is written on its caller's thread with no hand-over to another thread and back.
/// A request id seen before gets its first answer back and changes nothing (rule 2), also after a
/// restart. A refused command, a full disk or a fault in a rule gives a typed result, never an
/// exception to the caller and never a half-applied state.
/// </summary>
public sealed class SiteQueue : IDisposable
{
    private const int MaxRequestIdLength = 200;
    private const string StorageProbeKey = "storage_probe";

    private readonly QueueEngine _engine;
    private readonly SqliteQueueStore _store;
    private readonly TimeProvider _time;
    private readonly SiteQueueOptions _options;
    // The thread that is writing for this queue now (see Drain); a commit notification runs on it.
    [ThreadStatic]
    private static SiteQueue? t_leading;

    private readonly ConcurrentQueue<Job> _jobs = new();
    private readonly Lock _writeGate = new();
    private readonly ITimer _rolloverTimer;
    private readonly ITimer _storageProbe;
    private volatile QueueState _state;
    private volatile StorageStatus _storage = StorageStatus.Ok;
    private long _snapshotSequence;

    // The next snapshot, serialised on the thread pool from the immutable state (a day's tickets
    // and the week's bookings are a large JSON); stored with the next commit, so the writer spends
    // neither the serialisation nor a transaction of its own on it.
    private Task<SerializedSnapshot>? _snapshotting;
    private long _acknowledged;
    private long _bookingsSequence;
    private long _lastSequence;
    private long _observerFailures;
    private long _transactions;
    private int _leading;
    private int _disposed;

    private SiteQueue(QueueEngine engine, SqliteQueueStore store, TimeProvider time, SiteQueueOptions options)
    {
        _engine = engine;
        _store = store;
        _time = time;
        _options = options;
        (_state, _snapshotSequence) = store.Load();
        _acknowledged = store.ReadAcknowledged();
        _bookingsSequence = store.ReadFact(SqliteQueueStore.BookingsSequenceKey);
        ProcessBatch([new Job([new JobItem(new RollOverDay(), null)], null)]);
        _rolloverTimer = time.CreateTimer(_ => OnRolloverDue(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _storageProbe = time.CreateTimer(_ => ProbeStorage(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        ArmRolloverTimer();
    }

    /// <summary>
    /// Raised after each durable commit, in sequence order, on the thread that wrote it (a caller's
    /// or a timer's). Keep handlers short (hand work off): the next commands wait for them.
    /// </summary>
    public event EventHandler<EventsCommittedEventArgs>? EventsCommitted;

    /// <summary>Raised when the store starts or stops refusing commits (<see cref="Storage"/>).</summary>
    public event Action<StorageStatus>? StorageChanged;

    public SiteConfiguration Configuration => _engine.Configuration;

    /// <summary>The committed state (immutable; safe to read from any thread).</summary>
    public QueueState State => _state;

    /// <summary>The sequence of the newest committed event.</summary>
    public long LastSequence => Interlocked.Read(ref _lastSequence);

    /// <summary>The highest sequence central has acknowledged (events up to it need not be sent again).</summary>
    public long OutboxAcknowledged => Interlocked.Read(ref _acknowledged);

    /// <summary>The highest central booking-feed sequence applied (see <see cref="ImportBookingsAsync"/>).</summary>
    public long BookingsSequence => Interlocked.Read(ref _bookingsSequence);

    public string Path => _store.Path;

    /// <summary>The SQLite library's version the store runs on.</summary>
    public string SqliteVersion => _store.SqliteVersion;

    /// <summary>
    /// Whether commits reach the disk. After a refused commit the store is probed every
    /// <see cref="SiteQueueOptions.StorageProbeInterval"/>, so the status clears once space returns
    /// even when no command comes.
    /// </summary>
    public StorageStatus Storage => _storage;

    internal SqliteQueueStore Store => _store;

    /// <summary>Durable transactions committed since open (with group commit, fewer than commands).</summary>
    public long Transactions => Interlocked.Read(ref _transactions);

    /// <summary>How many times an <see cref="EventsCommitted"/> handler threw (they are isolated from the queue).</summary>
    public long ObserverFailures => Interlocked.Read(ref _observerFailures);

    /// <summary>Opens the store at <paramref name="path"/> (creating or migrating it) and rebuilds the state from it.</summary>
    public static SiteQueue Open(string path, SiteConfiguration configuration, TimeProvider time, SiteQueueOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        var engine = new QueueEngine(configuration);
        var store = SqliteQueueStore.Open(path, time.GetUtcNow());
        try
        {
            return new SiteQueue(engine, store, time, options ?? new SiteQueueOptions());
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>Runs a command; the answer comes once it is durable. <paramref name="requestId"/> is the device event id.</summary>
    public Task<CommandResult> ExecuteAsync(QueueCommand command, string requestId)
    {
        if (string.IsNullOrWhiteSpace(requestId) || requestId.Length > MaxRequestIdLength)
        {
            return Task.FromResult(new CommandResult(requestId, QueueError.InvalidRequest,
                $"a request id of 1 to {MaxRequestIdLength} characters is needed", null, null, []));
        }

        if (command is null)
        {
            return Task.FromResult(new CommandResult(requestId, QueueError.InvalidRequest, "no command given", null, null, []));
        }

        return Enqueue(new Job([new JobItem(command, requestId)], null)).ContinueWith(
            t => t.Result[0], CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>Blocking form of <see cref="ExecuteAsync"/>. Not from an <see cref="EventsCommitted"/> handler (it would wait for itself).</summary>
    public CommandResult Execute(QueueCommand command, string requestId)
    {
        if (t_leading == this)
        {
            throw new InvalidOperationException("SiteQueue.Execute waits for the commit in progress and cannot be called from an EventsCommitted handler; use ExecuteAsync without waiting");
        }

        return ExecuteAsync(command, requestId).GetAwaiter().GetResult();
    }

    /// <summary>
    /// Adds, changes or cancels bookings known to central, all in one transaction. Each is applied
    /// only if its version is newer than the site's, so repeating an import changes nothing.
    /// <paramref name="centralSequence"/>, if given, is recorded with them as <see cref="BookingsSequence"/>.
    /// </summary>
    public Task<IReadOnlyList<CommandResult>> ImportBookingsAsync(IEnumerable<SyncBooking> bookings, long? centralSequence = null)
    {
        ArgumentNullException.ThrowIfNull(bookings);
        var items = bookings.Select(b => new JobItem(b, null)).ToList();
        return Enqueue(new Job(items, centralSequence));
    }

    public QueueSnapshot Snapshot() => _engine.Snapshot(_state, _time.GetUtcNow());

    /// <summary>A ticket of today with its current position and estimate, or null.</summary>
    public TicketInfo? FindTicket(long ticketId)
    {
        var state = _state;
        return state.Tickets.TryGetValue(ticketId, out var ticket) ? _engine.Describe(state, ticket, _time.GetUtcNow()) : null;
    }

    /// <summary>Committed events after <paramref name="afterSequence"/>, oldest first, for sync to central.</summary>
    public IReadOnlyList<SequencedEvent> ReadOutbox(long afterSequence, int maxCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(afterSequence);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        return _store.ReadEvents(afterSequence, maxCount);
    }

    /// <summary>
    /// Records central's acknowledgement (highest contiguous sequence applied). Lower or equal
    /// values change nothing; a value beyond the newest event, or one the disk would not take, is
    /// refused (returns false).
    /// </summary>
    public bool AcknowledgeOutbox(long sequence)
    {
        lock (_writeGate)
        {
            if (sequence > _store.LastSequence || sequence < 0)
            {
                return false;
            }

            if (sequence <= _acknowledged)
            {
                return true;
            }

            try
            {
                _store.WriteFacts(new Dictionary<string, string>
                {
                    [SqliteQueueStore.OutboxAcknowledgedKey] = sequence.ToString(CultureInfo.InvariantCulture),
                });
            }
            catch (Exception e) when (e is SqliteException or IOException)
            {
                // Not recorded; central repeats its acknowledgement, and resending a few events is harmless.
                return false;
            }

            Interlocked.Exchange(ref _acknowledged, sequence);
            return true;
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _rolloverTimer.Dispose();
        _storageProbe.Dispose();

        // Lead one last time and never let go: what was queued is written and answered, later callers are refused.
        var spin = new SpinWait();
        while (Interlocked.CompareExchange(ref _leading, 1, 0) != 0)
        {
            spin.SpinOnce();
        }

        WriteQueued(own: null);
        RefuseQueued();
        lock (_writeGate)
        {
            StorePendingSnapshot();
            _store.Dispose();
        }
    }

    private Task<IReadOnlyList<CommandResult>> Enqueue(Job job)
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        _jobs.Enqueue(job);
        if (_disposed != 0)
        {
            // Disposed while this job was being queued: the last leader may have gone already.
            RefuseQueued();
        }

        Drain(job);
        return job.Completion.Task;
    }

    /// <summary>
    /// Becomes the leader if there is none and writes until <paramref name="own"/> is answered;
    /// otherwise returns, and the leader takes the job. Letting go is a full fence followed by a look
    /// at the queue, so a job queued while the leader was finishing is never left without one: what
    /// is still queued once the caller's own answer is in is led from the thread pool, so no caller
    /// keeps writing for everyone else.
    /// </summary>
    private void Drain(Job? own)
    {
        if (t_leading == this)
        {
            // A commit notification queued a command: the loop already running on this thread takes it.
            return;
        }

        while (!_jobs.IsEmpty && Interlocked.CompareExchange(ref _leading, 1, 0) == 0)
        {
            try
            {
                WriteQueued(own);
            }
            finally
            {
                Interlocked.Exchange(ref _leading, 0);
            }

            if (own is { Completion.Task.IsCompleted: true })
            {
                if (!_jobs.IsEmpty)
                {
                    ThreadPool.UnsafeQueueUserWorkItem(static queue => queue.Drain(null), this, preferLocal: false);
                }

                return;
            }
        }
    }

    /// <summary>As leader: takes queued jobs in batches (group commit) and writes them until <paramref name="own"/> is answered, or all when null.</summary>
    private void WriteQueued(Job? own)
    {
        t_leading = this;
        var batch = new List<Job>();
        try
        {
            while (_jobs.TryDequeue(out var first))
            {
                batch.Clear();
                batch.Add(first);
                var items = first.Items.Count;
                while (items < _options.MaxBatchSize && _jobs.TryDequeue(out var more))
                {
                    batch.Add(more);
                    items += more.Items.Count;
                }

                WriteBatch(batch);
                if (own is { Completion.Task.IsCompleted: true })
                {
                    break;
                }
            }
        }
        finally
        {
            t_leading = null;
        }
    }

    private void WriteBatch(List<Job> batch)
    {
        try
        {
            ProcessBatch(batch);
        }
#pragma warning disable CA1031 // Whatever fails, every caller of the batch gets an answer and the queue keeps serving.
        catch (Exception e)
#pragma warning restore CA1031
        {
            foreach (var job in batch)
            {
                job.Completion.TrySetResult([.. job.Items.Select(item => new CommandResult(item.RequestId, QueueError.InternalError,
                    $"the hub failed while handling the command ({e.GetType().Name}: {e.Message})", null, null, []))]);
            }
        }
    }

    private void RefuseQueued()
    {
        while (_jobs.TryDequeue(out var job))
        {
            job.Completion.TrySetException(new ObjectDisposedException(nameof(SiteQueue)));
        }
    }

    /// <summary>
    /// One leader step: decide each command in order, commit the batch in one transaction, then
    /// answer every caller, and only then do housekeeping and tell the observers.
    /// </summary>
    private void ProcessBatch(IReadOnlyList<Job> jobs)
    {
        WriteBatch batch;
        IReadOnlyList<(Job Job, CommandResult[] Results)> answers;
        lock (_writeGate)
        {
            batch = new WriteBatch(jobs, _state, _time.GetUtcNow());
            try
            {
                DecideEach(batch);
                CommitDecided(batch);
                ApplyCommitted(batch);
            }
#pragma warning disable CA1031 // Whatever went wrong, each caller gets an answer and the writer keeps serving.
            catch (Exception e)
#pragma warning restore CA1031
            {
                RefuseAfterFailure(batch, e);
            }

            batch.AnswerRepeatsWithinTheBatch();
            answers = batch.ResultsPerJob();
        }

        foreach (var (job, results) in answers)
        {
            job.Completion.TrySetResult(results);
        }

        // Housekeeping after the answers are out, so no caller waits for a snapshot to be written.
        lock (_writeGate)
        {
            AfterCommit(batch.Committed, _time.GetUtcNow());
        }

        if (batch.Committed.Count > 0)
        {
            Notify(batch.Committed);
        }
    }

    /// <summary>Each command against the state its predecessors in the batch left; repeats are not decided again.</summary>
    private void DecideEach(WriteBatch batch)
    {
        var firstInBatch = new Dictionary<string, Plan>(StringComparer.Ordinal);
        foreach (var job in batch.Jobs)
        {
            foreach (var item in job.Items)
            {
                batch.Now = _time.GetUtcNow();
                var plan = new Plan(item.RequestId);
                batch.Plans.Add(plan);
                Decide(batch, item, plan, firstInBatch);
            }

            if (job.BookingsSequence is { } feed && feed > (batch.BookingsSequence ?? _bookingsSequence))
            {
                batch.BookingsSequence = feed;
            }
        }
    }

    private void Decide(WriteBatch batch, JobItem item, Plan plan, Dictionary<string, Plan> firstInBatch)
    {
        if (item.RequestId is { } id && firstInBatch.TryGetValue(id, out var first))
        {
            plan.DuplicateOf = first;
            return;
        }

        if (item.RequestId is { } storedId && _store.FindRequest(storedId) is { } stored)
        {
            plan.Result = Duplicate(stored);
            return;
        }

        var decision = Decide(batch.State, item.Command, batch.Now);
        batch.State = decision.State;
        plan.Commit = new PendingCommit(item.RequestId, decision.Events, decision.Reply,
            RecordReply: item.RequestId is not null && decision.Reply.Error != QueueError.InternalError);
        if (item.RequestId is { } newId)
        {
            firstInBatch[newId] = plan;
        }
    }

    /// <summary>One transaction for every decided command (events, replies, the booking feed's position), one fsync.</summary>
    private void CommitDecided(WriteBatch batch)
    {
        var toCommit = batch.Plans.Where(p => p.Commit is not null).ToList();
        var facts = batch.BookingsSequence is { } seq
            ? new Dictionary<string, string> { [SqliteQueueStore.BookingsSequenceKey] = seq.ToString(CultureInfo.InvariantCulture) }
            : null;
        if (!toCommit.Any(p => p.Commit!.Events.Count > 0 || p.Commit.RecordReply) && facts is null)
        {
            // Nothing to write (refusals without a request id): answer without a transaction.
            foreach (var plan in toCommit)
            {
                plan.Result = CommandResult.From(plan.RequestId, plan.Commit!.Reply, []);
            }

            return;
        }

        var snapshot = TakeSerializedSnapshot();
        var sequenced = _store.Commit([.. toCommit.Select(p => p.Commit!)], batch.Now, facts, snapshot);
        if (snapshot is not null)
        {
            _snapshotSequence = snapshot.Sequence;
        }

        Interlocked.Increment(ref _transactions);
        StorageWorks();
        for (var i = 0; i < toCommit.Count; i++)
        {
            toCommit[i].Result = CommandResult.From(toCommit[i].RequestId, toCommit[i].Commit!.Reply, sequenced[i]);
            batch.Committed.AddRange(sequenced[i]);
        }
    }

    /// <summary>Memory follows the disk only after the commit is durable.</summary>
    private void ApplyCommitted(WriteBatch batch)
    {
        _state = batch.State;
        Interlocked.Exchange(ref _lastSequence, _store.LastSequence);
        if (batch.BookingsSequence is { } applied)
        {
            Interlocked.Exchange(ref _bookingsSequence, applied);
        }
    }

    /// <summary>
    /// Nothing of this batch is durable: answer each command with the failure and make sure memory
    /// matches the disk (the events are the record).
    /// </summary>
    private void RefuseAfterFailure(WriteBatch batch, Exception e)
    {
        batch.Committed.Clear();
        RecoverAfterFailure();
        var storage = e is SqliteException or IOException or QueueStoreException;
        if (storage)
        {
            StorageFails(e.Message);
        }

        foreach (var plan in batch.Plans.Where(p => p.DuplicateOf is null))
        {
            plan.Result = storage
                ? new CommandResult(plan.RequestId, QueueError.StorageFailure,
                    $"the queue store could not commit ({e.Message}); nothing changed, please retry", null, null, [])
                : new CommandResult(plan.RequestId, QueueError.InternalError,
                    $"the hub failed while committing ({e.GetType().Name}: {e.Message}); nothing changed, please retry", null, null, []);
        }
    }

    private Decision Decide(QueueState state, QueueCommand command, DateTimeOffset now)
    {
        try
        {
            return _engine.Decide(state, command, now);
        }
#pragma warning disable CA1031 // A fault in one rule must answer that command, not stop the hall's queue.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new Decision(state, [], CommandReply.Refused(QueueError.InternalError,
                $"the hub could not decide {command.GetType().Name}: {e.GetType().Name}: {e.Message}"));
        }
    }

    private CommandResult Duplicate(StoredRequest stored)
    {
        var events = stored is { FirstSequence: { } first, LastSequence: { } last }
            ? _store.ReadEvents(first - 1, (int)(last - first + 1))
            : [];
        return CommandResult.From(stored.RequestId, stored.Reply, events, duplicate: true);
    }

    private void AfterCommit(IReadOnlyList<SequencedEvent> committed, DateTimeOffset now)
    {
        try
        {
            if (committed.Any(e => e.Event is BusinessDayStarted))
            {
                _store.PruneRequests(now - _options.RequestRetention);
            }

            // A snapshot costs in proportion to the state (the day's tickets, the bookings ahead); a
            // restart replays the events after it. Waiting for at least as many events as the state
            // has entries keeps the cost per event constant however busy the day, and the replay at
            // start no longer than writing the snapshot would have been.
            var state = _state;
            var due = Math.Max(_options.SnapshotInterval, state.Tickets.Count + state.Bookings.Count);
            if (_snapshotting is null && _store.LastSequence - _snapshotSequence >= due)
            {
                var sequence = _store.LastSequence;
                _snapshotting = Task.Run(() => new SerializedSnapshot(sequence, QueueJson.SerializeToUtf8(state)));
            }
        }
        catch (Exception e) when (e is SqliteException or IOException)
        {
            // Housekeeping only: the events are committed; a snapshot or pruning can wait for the next time.
        }
    }

    /// <summary>The serialised snapshot when it is ready (it then goes into this commit), else null; a failed one is dropped and made again later.</summary>
    private SerializedSnapshot? TakeSerializedSnapshot()
    {
        if (_snapshotting is not { IsCompleted: true } done)
        {
            return null;
        }

        _snapshotting = null;
        return done.IsCompletedSuccessfully ? done.Result : null;
    }

    /// <summary>At close: a snapshot still being serialised is waited for and stored, so the next start replays less.</summary>
    private void StorePendingSnapshot()
    {
        try
        {
            if (_snapshotting is { } pending && pending.Wait(TimeSpan.FromSeconds(10)) && pending.IsCompletedSuccessfully)
            {
                _store.WriteSnapshot(pending.Result, _time.GetUtcNow());
            }
        }
        catch (Exception e) when (e is SqliteException or IOException or AggregateException)
        {
            // A snapshot only shortens the next start; the events are the record.
        }

        _snapshotting = null;
    }

    private void StorageFails(string problem)
    {
        if (!_storage.Failing)
        {
            _storage = new StorageStatus(true, problem, _time.GetUtcNow());
            _storageProbe.Change(_options.StorageProbeInterval, _options.StorageProbeInterval);
            StorageChanged?.Invoke(_storage);
        }
    }

    private void StorageWorks()
    {
        if (_storage.Failing)
        {
            _storage = StorageStatus.Ok;
            _storageProbe.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            StorageChanged?.Invoke(_storage);
        }
    }

    /// <summary>While failing: one small durable write tells whether the disk takes commits again.</summary>
    private void ProbeStorage()
    {
        if (_disposed != 0 || !_storage.Failing)
        {
            return;
        }

        lock (_writeGate)
        {
            if (_disposed != 0)
            {
                return;
            }

            try
            {
                _store.WriteFacts(new Dictionary<string, string>
                {
                    [StorageProbeKey] = _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
                });
                StorageWorks();
            }
            catch (Exception e) when (e is SqliteException or IOException)
            {
                // Still failing; the timer tries again.
            }
        }
    }

    private void RecoverAfterFailure()
    {
        try
        {
            _store.RefreshLastSequence();
            (_state, _) = _store.Load();
            Interlocked.Exchange(ref _lastSequence, _store.LastSequence);
        }
        catch (Exception e) when (e is SqliteException or IOException or QueueStoreException)
        {
            // The in-memory state is still the last committed one; keep it.
        }
    }

    private void Notify(IReadOnlyList<SequencedEvent> committed)
    {
        var handlers = EventsCommitted;
        if (handlers is null)
        {
            return;
        }

        var args = new EventsCommittedEventArgs(committed, _state);
        foreach (var handler in handlers.GetInvocationList().Cast<EventHandler<EventsCommittedEventArgs>>())
        {
            try
            {
                handler(this, args);
            }
#pragma warning disable CA1031 // An observer (display, announcer) failing must not stop the queue or the other observers.
            catch (Exception)
#pragma warning restore CA1031
            {
                Interlocked.Increment(ref _observerFailures);
            }
        }
    }

    private void OnRolloverDue()
    {
        if (_disposed != 0)
        {
            return;
        }

        try
        {
            _ = Enqueue(new Job([new JobItem(new RollOverDay(), null)], null));
        }
        catch (ObjectDisposedException)
        {
            return;
        }

        ArmRolloverTimer();
    }

    private void ArmRolloverTimer()
    {
        var now = _time.GetUtcNow();
        var next = _engine.Calendar.NextOpening(now);
        _rolloverTimer.Change(next is { } at ? at - now : Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }
}
