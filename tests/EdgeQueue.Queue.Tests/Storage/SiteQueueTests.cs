using EdgeQueue.Queue.Commands;
using EdgeQueue.Queue.Events;
using EdgeQueue.Queue.Results;
using EdgeQueue.Queue.State;
using EdgeQueue.Queue.Storage;
using EdgeQueue.Queue.Tests.Support;
using Microsoft.Data.Sqlite;

namespace EdgeQueue.Queue.Tests.Storage;

public sealed class SiteQueueTests : IDisposable
{
    private readonly QueueFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void SqliteVersion_Opened_IsAtLeast3_45()
    {
        using var queue = _fixture.Open();

        // Guards the package upgrade: Microsoft.Data.Sqlite.Core 6.0.7 with SQLitePCLRaw 2.0.6 ran
        // a SQLite of 2021 (3.35); a stray old SQLitePCLRaw pin would bring it back silently.
        Assert.True(Version.Parse(queue.SqliteVersion) >= new Version(3, 45), $"SQLite {queue.SqliteVersion}");
    }

    [Fact]
    public async Task ExecuteAsync_IssueTicket_DurableBeforeTheResult()
    {
        using var queue = _fixture.Open();

        var result = await queue.ExecuteAsync(new IssueTicket("A"), "disp-01.7f3a.1");

        Assert.True(result.Accepted);
        Assert.Equal(("A001", 0), (result.Ticket!.Number, result.Ticket.PeopleAhead));
        Assert.False(result.IsDuplicate);
        var issued = Assert.IsType<TicketIssued>(result.Events[^1].Event);
        using var other = SqliteQueueStore.Open(_fixture.DatabasePath, _fixture.Clock.GetUtcNow());
        var stored = other.ReadEvents(0, 100);
        Assert.Equal(result.Events, stored.Skip(stored.Count - result.Events.Count));
        Assert.Equal(issued, stored[^1].Event);
    }

    [Fact]
    public async Task ExecuteAsync_RepeatedRequestId_FirstResultAndNothingChanges()
    {
        using var queue = _fixture.Open();
        var first = await queue.ExecuteAsync(new IssueTicket("A"), "disp-01.7f3a.1");
        var sequence = queue.LastSequence;

        var again = await queue.ExecuteAsync(new IssueTicket("A"), "disp-01.7f3a.1");

        Assert.True(again.IsDuplicate);
        Assert.Equal(first.Ticket, again.Ticket);
        Assert.Equal(first.Events, again.Events);
        Assert.Equal(sequence, queue.LastSequence);
        Assert.Single(queue.State.Tickets);
    }

    [Fact]
    public async Task ExecuteAsync_RepeatedRequestIdAfterRestart_FirstResult()
    {
        var queue = _fixture.Open();
        var first = await queue.ExecuteAsync(new IssueTicket("B"), "disp-02.1.9");
        queue = _fixture.Reopen(queue);

        var again = await queue.ExecuteAsync(new IssueTicket("B"), "disp-02.1.9");

        Assert.True(again.IsDuplicate);
        Assert.Equal(first.Ticket, again.Ticket);
        Assert.Single(queue.State.Tickets);
    }

    [Fact]
    public async Task ExecuteAsync_RepeatOfRefusedRequest_StillTheFirstRefusal()
    {
        using var queue = _fixture.Open();
        var refused = await queue.ExecuteAsync(new CallNext(1), "kp-01.1.1");
        await queue.ExecuteAsync(new OpenCounter(1), "hub.open.1");
        await queue.ExecuteAsync(new IssueTicket("A"), "disp-01.1.1");

        var again = await queue.ExecuteAsync(new CallNext(1), "kp-01.1.1");

        Assert.Equal(QueueError.CounterClosed, refused.Error);
        Assert.Equal((QueueError.CounterClosed, true), (again.Error, again.IsDuplicate));
        Assert.Equal(Queue.State.TicketStatus.Waiting, queue.State.Tickets.Values.Single().Status);
    }

    [Fact]
    public async Task ExecuteAsync_SameRequestIdFromManyThreads_OneTicket()
    {
        using var queue = _fixture.Open();

        var results = await Task.WhenAll(Enumerable.Range(0, 20)
            .Select(_ => Task.Run(() => queue.ExecuteAsync(new IssueTicket("A"), "disp-01.7f3a.5"))));

        Assert.Single(results, r => !r.IsDuplicate);
        Assert.Single(results.Select(r => r.Ticket!.Id).Distinct());
        Assert.Single(queue.State.Tickets);
    }

    [Fact]
    public async Task ExecuteAsync_ManyThreads_UniqueNumbersAndGapFreeSequence()
    {
        using var queue = _fixture.Open();

        var results = await Task.WhenAll(Enumerable.Range(0, 200)
            .Select(i => Task.Run(() => queue.ExecuteAsync(new IssueTicket(i % 2 == 0 ? "A" : "B"), $"disp-0{i % 4}.b.{i}"))));

        var numbers = results.Where(r => r.Accepted).Select(r => r.Ticket!.Number).ToList();
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        Assert.Equal(150, numbers.Count); // A stops at its daily limit of 50
        Assert.Equal(50, results.Count(r => r.Error == QueueError.DailyLimitReached));
        var sequences = queue.ReadOutbox(0, 1000).Select(e => e.Sequence).ToList();
        Assert.Equal(Enumerable.Range(1, sequences.Count).Select(i => (long)i), sequences);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(100_000)]
    public async Task Open_AfterADayOfCommands_RebuiltStateEqualsLiveState(int snapshotInterval)
    {
        var options = new SiteQueueOptions { SnapshotInterval = snapshotInterval };
        var queue = _fixture.Open(options);
        await Busy(queue);
        var live = queue.State;

        queue = _fixture.Reopen(queue, options);

        Assert.Equal(live, queue.State);
        using var store = SqliteQueueStore.Open(_fixture.DatabasePath, _fixture.Clock.GetUtcNow());
        Assert.Equal(live, store.Replay());
    }

    [Fact]
    public async Task Open_BrokenSnapshot_ReplaysTheEvents()
    {
        var live = await SnapshottedDayEditedAsync(command =>
        {
            command.CommandText = "UPDATE snapshots SET state = '{\"broken\": '";
            Assert.True(command.ExecuteNonQuery() > 0);
        });

        var queue = _fixture.Open(SnapshotEveryThree);

        Assert.Equal(live, queue.State);
    }

    [Fact]
    public async Task Open_SnapshotStoredAsTextByAnEarlierRelease_ReadFromTheSnapshot()
    {
        var live = await SnapshottedDayEditedAsync(command =>
        {
            // Earlier releases stored the JSON as text; a marked last ticket id shows the snapshot was read, not replayed past.
            command.CommandText = "SELECT CAST(state AS TEXT) FROM snapshots ORDER BY seq DESC LIMIT 1";
            var json = (string)command.ExecuteScalar()!;
            var marked = System.Text.RegularExpressions.Regex.Replace(json, "\"lastTicketId\":\\d+", "\"lastTicketId\":1000000");
            Assert.NotEqual(json, marked);
            command.CommandText = "UPDATE snapshots SET state = $text WHERE seq = (SELECT MAX(seq) FROM snapshots)";
            command.Parameters.AddWithValue("$text", marked);
            Assert.Equal(1, command.ExecuteNonQuery());
            command.CommandText = "SELECT typeof(state) FROM snapshots ORDER BY seq DESC LIMIT 1";
            Assert.Equal("text", command.ExecuteScalar());
        });

        var queue = _fixture.Open(SnapshotEveryThree);

        Assert.True(queue.State.LastTicketId >= 1_000_000, $"last ticket id {queue.State.LastTicketId}: the text snapshot was not read");
        Assert.Equal(live.Tickets, queue.State.Tickets);
    }

    private static readonly SiteQueueOptions SnapshotEveryThree = new() { SnapshotInterval = 3 };

    /// <summary>A busy day written with frequent snapshots, closed, then its database changed by <paramref name="edit"/>; the live state before.</summary>
    private async Task<QueueState> SnapshottedDayEditedAsync(Action<SqliteCommand> edit)
    {
        var queue = _fixture.Open(SnapshotEveryThree);
        await Busy(queue);
        var live = queue.State;
        queue.Dispose();
        using var connection = SqliteSetup.OpenDurable(_fixture.DatabasePath);
        using var command = connection.CreateCommand();
        edit(command);
        return live;
    }

    [Fact]
    public async Task ReadOutbox_InBatches_AllEventsInOrderAndAckSurvivesRestart()
    {
        var queue = _fixture.Open();
        await Busy(queue);
        var all = queue.ReadOutbox(0, int.MaxValue);

        var batches = new List<SequencedEvent>();
        for (var after = 0L; ; )
        {
            var batch = queue.ReadOutbox(after, 4);
            if (batch.Count == 0)
            {
                break;
            }

            Assert.True(batch.Count <= 4);
            batches.AddRange(batch);
            after = batch[^1].Sequence;
        }

        Assert.Equal(all, batches);
        Assert.Equal(queue.LastSequence, all[^1].Sequence);
        Assert.True(queue.AcknowledgeOutbox(5));
        Assert.True(queue.AcknowledgeOutbox(3)); // older acknowledgement: nothing moves back
        Assert.False(queue.AcknowledgeOutbox(queue.LastSequence + 1));
        queue = _fixture.Reopen(queue);
        Assert.Equal(5, queue.OutboxAcknowledged);
    }

    [Fact]
    public async Task ImportBookingsAsync_Repeated_ChangesNothingAndCheckInWorksAfterRestart()
    {
        var queue = _fixture.Open();
        SyncBooking[] feed =
        [
            new("K7Q2", "B", TestSite.MondayNine.AddMinutes(20), "Jan K.", 1),
            new("X1", "A", TestSite.MondayNine.AddMinutes(40), "Ewa Z.", 1),
            new("X1", "A", TestSite.MondayNine.AddMinutes(40), "Ewa Z.", 2, Cancelled: true),
            new("BAD", "Q", TestSite.MondayNine, "?", 1),
        ];

        var results = await queue.ImportBookingsAsync(feed, centralSequence: 17);
        var sequence = queue.LastSequence;
        var repeated = await queue.ImportBookingsAsync(feed, centralSequence: 17);

        Assert.Equal([true, true, true, false], results.Select(r => r.Accepted));
        Assert.Equal(QueueError.UnknownCategory, results[3].Error);
        Assert.All(repeated, r => Assert.Empty(r.Events));
        Assert.Equal(sequence, queue.LastSequence);
        queue = _fixture.Reopen(queue);
        Assert.Equal(17, queue.BookingsSequence);
        var checkIn = await queue.ExecuteAsync(new CheckIn("K7Q2"), "disp-01.2.1");
        Assert.Equal("B001", checkIn.Ticket!.Number);
        Assert.Equal(QueueError.BookingCancelled, (await queue.ExecuteAsync(new CheckIn("X1"), "disp-01.2.2")).Error);
    }

    [Fact]
    public async Task EventsCommitted_Observers_SeeEveryEventInOrderAndAFailingOneIsIsolated()
    {
        using var queue = _fixture.Open();
        var start = queue.LastSequence; // the business day started at open
        var seen = new List<long>();
        queue.EventsCommitted += (_, e) => seen.AddRange(e.Events.Select(x => x.Sequence));
        queue.EventsCommitted += (_, _) => throw new InvalidOperationException("display unplugged");

        await queue.ExecuteAsync(new OpenCounter(1), "hub.1");
        await queue.ExecuteAsync(new IssueTicket("A"), "disp-01.1.1");
        var call = await queue.ExecuteAsync(new CallNext(1), "kp-01.1.1");

        Assert.True(call.Accepted);
        Assert.Equal(queue.ReadOutbox(start, 100).Select(e => e.Sequence), seen);
        Assert.Equal(3, queue.ObserverFailures);
    }

    [Fact]
    public void Execute_LoneCaller_WrittenOnTheCallersOwnThread()
    {
        // No leader is writing: the caller leads, so its command needs no hand-over to another thread.
        using var queue = _fixture.Open();
        int? committedOn = null;
        queue.EventsCommitted += (_, _) => committedOn = Environment.CurrentManagedThreadId;

        var result = queue.Execute(new OpenCounter(1), "hub.1");

        Assert.True(result.Accepted);
        Assert.Equal(Environment.CurrentManagedThreadId, committedOn);
    }

    [Fact]
    public async Task ExecuteAsync_QueuedByACommitObserver_WrittenRightAfterTheCommitThatRaisedIt()
    {
        using var queue = _fixture.Open();
        Task<CommandResult>? queued = null;
        queue.EventsCommitted += (_, e) =>
        {
            if (queued is null && e.Events.Any(x => x.Event is TicketIssued))
            {
                queued = queue.ExecuteAsync(new CallNext(1), "hub.call-after-issue");
            }
        };
        await queue.ExecuteAsync(new OpenCounter(1), "hub.1");

        var issued = await queue.ExecuteAsync(new IssueTicket("A"), "disp-01.1.1");
        var called = await queued!.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("A001", issued.Ticket!.Number);
        Assert.Equal("A001", called.Ticket!.Number);
        Assert.Equal(issued.Events[^1].Sequence + 1, called.Events[0].Sequence);
    }

    [Fact]
    public void Execute_FromACommitObserver_RefusedBecauseItWouldWaitForItself()
    {
        using var queue = _fixture.Open();
        Exception? refused = null;
        queue.EventsCommitted += (_, _) => refused ??= Record.Exception(() => queue.Execute(new IssueTicket("A"), "obs.1"));

        queue.Execute(new OpenCounter(1), "hub.1");

        Assert.IsType<InvalidOperationException>(refused);
        Assert.Contains("EventsCommitted handler", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RolloverTimer_NextOpeningTime_StartsTheNewDayWithoutACommand()
    {
        using var queue = _fixture.Open();
        await queue.ExecuteAsync(new IssueTicket("A"), "disp-01.1.1");
        var started = new TaskCompletionSource<BusinessDayStarted>(TaskCreationOptions.RunContinuationsAsynchronously);
        queue.EventsCommitted += (_, e) =>
        {
            foreach (var day in e.Events.Select(x => x.Event).OfType<BusinessDayStarted>())
            {
                started.TrySetResult(day);
            }
        };

        _fixture.Clock.AdvanceTo(TestSite.MondayNine.AddDays(1).AddMinutes(-90)); // Tuesday 7:30, C opens

        var day = await started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(new DateOnly(2026, 11, 24), day.Day);
        Assert.Equal(TestSite.MondayNine.AddDays(1).AddMinutes(-90), day.At);
        Assert.Empty(queue.Snapshot().Categories.SelectMany(c => c.Waiting));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task ExecuteAsync_MissingRequestId_RefusedAndNothingStored(string requestId)
    {
        using var queue = _fixture.Open();
        var before = queue.LastSequence;

        var result = await queue.ExecuteAsync(new IssueTicket("A"), requestId);

        Assert.Equal(QueueError.InvalidRequest, result.Error);
        Assert.Contains("request id", result.Message, StringComparison.Ordinal);
        Assert.Equal(before, queue.LastSequence);
    }

    [Fact]
    public async Task ExecuteAsync_OverlongRequestIdOrNoCommand_RefusedWithReason()
    {
        using var queue = _fixture.Open();

        var longId = await queue.ExecuteAsync(new IssueTicket("A"), new string('x', 201));
        var noCommand = await queue.ExecuteAsync(null!, "disp-01.1.1");

        Assert.Equal(QueueError.InvalidRequest, longId.Error);
        Assert.Equal(QueueError.InvalidRequest, noCommand.Error);
        Assert.Empty(queue.State.Tickets);
    }

    [Fact]
    public async Task ExecuteAsync_StoreCannotCommit_StorageFailureAndNoHalfWrittenState()
    {
        using var queue = _fixture.Open();
        await queue.ExecuteAsync(new IssueTicket("A"), "disp-01.1.1");
        var before = queue.State;
        RunSql("ALTER TABLE events RENAME TO events_hidden");

        var failed = await queue.ExecuteAsync(new IssueTicket("A"), "disp-01.1.2");

        Assert.Equal(QueueError.StorageFailure, failed.Error);
        Assert.Contains("nothing changed", failed.Message, StringComparison.Ordinal);
        Assert.Equal(before, queue.State);
        RunSql("ALTER TABLE events_hidden RENAME TO events");
        var retried = await queue.ExecuteAsync(new IssueTicket("A"), "disp-01.1.2");
        Assert.Equal(("A002", false), (retried.Ticket!.Number, retried.IsDuplicate));
    }

    [Fact]
    public void Execute_AfterDispose_ObjectDisposed()
    {
        var queue = _fixture.Open();
        queue.Dispose();

        Assert.Throws<ObjectDisposedException>(() => queue.Execute(new IssueTicket("A"), "disp-01.1.1"));
    }

    [Fact]
    public async Task FindTicket_Waiting_PositionAndEstimate()
    {
        using var queue = _fixture.Open();
        await queue.ExecuteAsync(new OpenCounter(1), "hub.1");
        await queue.ExecuteAsync(new IssueTicket("B"), "disp-01.1.1");
        var second = await queue.ExecuteAsync(new IssueTicket("B"), "disp-01.1.2");

        var ticket = queue.FindTicket(second.Ticket!.Id)!;

        Assert.Equal((1, 20), (ticket.PeopleAhead, ticket.EtaMinutes)); // 2 × 10 min ÷ 1 counter
        Assert.Null(queue.FindTicket(999));
    }

    private static async Task Busy(SiteQueue queue)
    {
        await queue.ExecuteAsync(new OpenCounter(1), "hub.open.1");
        await queue.ExecuteAsync(new OpenCounter(2), "hub.open.2");
        await queue.ImportBookingsAsync([new SyncBooking("BK1", "A", TestSite.MondayNine.AddMinutes(10), "Jan K.", 1)]);
        var i = 0;
        foreach (QueueCommand command in (QueueCommand[])
        [
            new IssueTicket("A"), new IssueTicket("B"), new IssueTicket("A"), new CheckIn("BK1"), new CallNext(1),
            new NoShow(1), new CallNext(2), new Recall(2), new Transfer(2, "A"), new CallNext(1), new Done(1),
            new IssueTicket("B"), new CallNext(2), new IssueTicket("Z"), new CallNext(1), new NoShow(1),
        ])
        {
            await queue.ExecuteAsync(command, $"dev.busy.{i++}");
        }
    }

    private void RunSql(string sql)
    {
        using var connection = SqliteSetup.OpenDurable(_fixture.DatabasePath);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
