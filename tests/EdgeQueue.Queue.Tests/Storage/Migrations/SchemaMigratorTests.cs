using System.Globalization;
using EdgeQueue.Queue.Commands;
using EdgeQueue.Queue.Events;
using EdgeQueue.Queue.Results;
using EdgeQueue.Queue.Serialization;
using EdgeQueue.Queue.Storage;
using EdgeQueue.Queue.Storage.Migrations;
using EdgeQueue.Queue.Tests.Support;

namespace EdgeQueue.Queue.Tests.Storage.Migrations;

public sealed class SchemaMigratorTests : IDisposable
{
    private readonly QueueFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void MigrateTo_NewStore_EveryStepRecordedInOrder()
    {
        using var store = SqliteQueueStore.Open(_fixture.DatabasePath, TestSite.MondayNine);

        Assert.Equal(SchemaMigrator.CurrentVersion, store.SchemaVersion);
        Assert.Equal([1, 2, 3], Query("SELECT version FROM schema_version ORDER BY version").Select(int.Parse));
        Assert.Equal(["wal"], Query("PRAGMA journal_mode"));
    }

    [Fact]
    public async Task Open_StoreAtVersionOne_MigratedWithItsHistoryKept()
    {
        // A store written by the first release: events and request results, no snapshots or meta.
        using (var old = SqliteQueueStore.Open(_fixture.DatabasePath, TestSite.MondayNine, schemaVersion: 1))
        {
            Assert.Equal(1, old.SchemaVersion);
        }

        var day = new BusinessDayStarted(TestSite.MondayNine, new DateOnly(2026, 11, 23), TestSite.MondayNine.AddHours(-9));
        var issued = new TicketIssued(TestSite.MondayNine, 1, "A", 1, "A001");
        var reply = CommandReply.Ok("ticket A001 issued",
            new TicketInfo(1, "A001", "A", Queue.State.TicketKind.WalkIn, Queue.State.TicketStatus.Waiting, TestSite.MondayNine, null, 0, 0, null));
        Execute("INSERT INTO events (seq, at, type, payload, request_id) VALUES (1, '2026-11-23T08:00:00Z', 'BusinessDayStarted', $p, NULL)",
            ("$p", QueueJson.Serialize<QueueEvent>(day)));
        Execute("INSERT INTO events (seq, at, type, payload, request_id) VALUES (2, '2026-11-23T08:00:00Z', 'TicketIssued', $p, 'disp-01.1.1')",
            ("$p", QueueJson.Serialize<QueueEvent>(issued)));
        Execute("INSERT INTO requests (request_id, reply, first_seq, last_seq, at) VALUES ('disp-01.1.1', $r, 2, 2, '2026-11-23T08:00:00Z')",
            ("$r", QueueJson.Serialize(reply)));

        using var queue = _fixture.Open();

        Assert.Equal(["1", "2", "3"], Query("SELECT version FROM schema_version ORDER BY version"));
        Assert.Equal("A001", queue.State.Tickets[1].Number);
        var duplicate = await queue.ExecuteAsync(new IssueTicket("A"), "disp-01.1.1");
        Assert.Equal(("A001", true), (duplicate.Ticket!.Number, duplicate.IsDuplicate));
        var next = await queue.ExecuteAsync(new IssueTicket("A"), "disp-01.1.2");
        Assert.Equal(("A002", 3L), (next.Ticket!.Number, next.Events.Single().Sequence));
        Assert.True(queue.AcknowledgeOutbox(2));
    }

    [Fact]
    public void Open_StoreFromANewerHub_RefusedWithClearMessage()
    {
        SqliteQueueStore.Open(_fixture.DatabasePath, TestSite.MondayNine).Dispose();
        Execute("INSERT INTO schema_version (version, description, applied_at) VALUES (99, 'future', '2030-01-01')");

        var error = Assert.Throws<QueueStoreException>(() => _fixture.Open());

        Assert.Contains("schema version 99", error.Message, StringComparison.Ordinal);
        Assert.Contains("upgrade the hub", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_SomeOtherDatabase_RefusedWithClearMessage()
    {
        Execute("CREATE TABLE customers (id INTEGER PRIMARY KEY)");

        var error = Assert.Throws<QueueStoreException>(() => _fixture.Open());

        Assert.Contains("not an EdgeQueue queue store", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_NotASqliteFile_RefusedWithPathAndReason()
    {
        File.WriteAllText(_fixture.DatabasePath, "this is a ticket printer log, not a database, and it is long enough to look like one");

        var error = Assert.Throws<QueueStoreException>(() => _fixture.Open());

        Assert.Contains(_fixture.DatabasePath, error.Message, StringComparison.Ordinal);
        Assert.Contains("not a database", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_UnreadableEvent_RefusedNamingTheEvent()
    {
        SqliteQueueStore.Open(_fixture.DatabasePath, TestSite.MondayNine).Dispose();
        Execute("INSERT INTO events (seq, at, type, payload) VALUES (1, '2026-11-23T08:00:00Z', 'TicketIssued', '{\"type\":\"TicketExploded\"}')");

        var error = Assert.Throws<QueueStoreException>(() => _fixture.Open());

        Assert.Contains("event 1", error.Message, StringComparison.Ordinal);
    }

    private void Execute(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = SqliteSetup.OpenDurable(_fixture.DatabasePath);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }

    private List<string> Query(string sql)
    {
        using var connection = SqliteSetup.OpenDurable(_fixture.DatabasePath);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var rows = command.ExecuteReader();
        var values = new List<string>();
        while (rows.Read())
        {
            values.Add(Convert.ToString(rows.GetValue(0), CultureInfo.InvariantCulture)!);
        }

        return values;
    }
}
