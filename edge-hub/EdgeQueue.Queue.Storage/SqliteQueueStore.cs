using System.Globalization;
using EdgeQueue.Queue.Events;
using EdgeQueue.Queue.Serialization;
using EdgeQueue.Queue.State;
using EdgeQueue.Queue.Storage.Migrations;
using Microsoft.Data.Sqlite;

namespace EdgeQueue.Queue.Storage;

/// <summary>
/// The queue's SQLite file: WAL journal and <c>synchronous=FULL</c>, so a commit is on the disk
/// before <see cref="Commit"/> returns. The event log is the record; its <c>seq</c> is the site's
/// gap-free outbox sequence, assigned inside the transaction that commits the event.
/// One writer: the methods that write are called by one thread at a time (SiteQueue's writer);
/// <see cref="ReadEvents"/> and <see cref="ReadAcknowledged"/> use a connection of their own and
/// may be called from any thread.
/// </summary>
public sealed class SqliteQueueStore : IDisposable
{
    /// <summary>Version of the snapshot JSON; a snapshot of another format is ignored (full replay).</summary>
    public const int SnapshotFormat = 1;

    public const string OutboxAcknowledgedKey = "outbox_acknowledged";
    public const string BookingsSequenceKey = "bookings_sequence";

    private readonly SqliteConnection _connection;
    private readonly SqliteConnection _reader;
    private readonly Lock _readGate = new();
    private readonly SqliteCommand _insertEvent;
    private readonly SqliteCommand _insertRequest;
    private readonly SqliteCommand _findRequest;

    private SqliteQueueStore(string path, SqliteConnection connection, SqliteConnection reader)
    {
        Path = path;
        _connection = connection;
        _reader = reader;
        _insertEvent = Prepare(connection, "INSERT INTO events (seq, at, type, payload, request_id) VALUES ($seq, $at, $type, $payload, $rid)",
            "$seq", "$at", "$type", "$payload", "$rid");
        _insertRequest = Prepare(connection, "INSERT INTO requests (request_id, reply, first_seq, last_seq, at) VALUES ($rid, $reply, $first, $last, $at)",
            "$rid", "$reply", "$first", "$last", "$at");
        _findRequest = Prepare(connection, "SELECT reply, first_seq, last_seq FROM requests WHERE request_id = $rid", "$rid");
        LastSequence = ScalarLong(_connection, "SELECT COALESCE(MAX(seq), 0) FROM events");
    }

    public string Path { get; }

    /// <summary>The SQLite library's version (e.g. "3.50.4"), for the start-up log.</summary>
    public string SqliteVersion => _connection.ServerVersion;

    /// <summary>The sequence of the newest committed event (0 when there is none).</summary>
    public long LastSequence { get; private set; }

    public int SchemaVersion => SchemaMigrator.ReadVersion(_connection);

    /// <summary>
    /// Test seam for machines where a small file system cannot be mounted and filled: while true,
    /// every write transaction does its work and then fails in place of COMMIT with SQLITE_FULL,
    /// as a full disk makes it fail.
    /// </summary>
    internal bool FailCommits { get; set; }

    /// <summary>Reads the newest sequence from the file again (after a commit whose outcome is unknown).</summary>
    public void RefreshLastSequence() => LastSequence = ScalarLong(_connection, "SELECT COALESCE(MAX(seq), 0) FROM events");

    /// <summary>Opens (creating if needed) and migrates the store; a clear <see cref="QueueStoreException"/> if it cannot.</summary>
    public static SqliteQueueStore Open(string path, DateTimeOffset now, int schemaVersion = -1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        SqliteConnection? connection = null;
        SqliteConnection? reader = null;
        try
        {
            var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            OwnerOnlyFiles.Prepare(path);
            connection = SqliteSetup.OpenDurable(path);
            SchemaMigrator.MigrateTo(connection, schemaVersion < 0 ? SchemaMigrator.CurrentVersion : schemaVersion, now);
            reader = SqliteSetup.OpenDurable(path);
            return new SqliteQueueStore(path, connection, reader);
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            reader?.Dispose();
            connection?.Dispose();
            throw new QueueStoreException($"cannot open the queue store '{path}': {e.Message}", e);
        }
        catch
        {
            reader?.Dispose();
            connection?.Dispose();
            throw;
        }
    }

    /// <summary>The state as of the newest snapshot plus every newer event; also the sequence it reflects.</summary>
    public (QueueState State, long Sequence) Load()
    {
        var (state, from) = LoadSnapshot();
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT seq, payload FROM events WHERE seq > $from ORDER BY seq";
        command.Parameters.AddWithValue("$from", from);
        using var rows = command.ExecuteReader();
        var sequence = from;
        while (rows.Read())
        {
            sequence = rows.GetInt64(0);
            state = state.Apply(ParseEvent(sequence, rows.GetString(1)));
        }

        return (state, sequence);
    }

    /// <summary>The state from the event log alone, ignoring snapshots (used to check them).</summary>
    public QueueState Replay()
    {
        var state = QueueState.Empty;
        foreach (var e in ReadEvents(0, int.MaxValue))
        {
            state = state.Apply(e.Event);
        }

        return state;
    }

    public StoredRequest? FindRequest(string requestId)
    {
        _findRequest.Parameters["$rid"].Value = requestId;
        using var row = _findRequest.ExecuteReader();
        if (!row.Read())
        {
            return null;
        }

        return new StoredRequest(
            requestId,
            QueueJson.Deserialize<Results.CommandReply>(row.GetString(0)),
            row.IsDBNull(1) ? null : row.GetInt64(1),
            row.IsDBNull(2) ? null : row.GetInt64(2));
    }

    /// <summary>
    /// Commits the events and replies of several commands (and optional site facts, and a snapshot
    /// serialised beforehand) in ONE durable transaction. Returns each command's events with their
    /// sequence numbers. All or nothing: if it throws, nothing was written and
    /// <see cref="LastSequence"/> is unchanged.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<SequencedEvent>> Commit(
        IReadOnlyList<PendingCommit> commits,
        DateTimeOffset now,
        IReadOnlyDictionary<string, string>? facts = null,
        SerializedSnapshot? snapshot = null)
    {
        ArgumentNullException.ThrowIfNull(commits);
        var sequence = LastSequence;
        var result = new List<IReadOnlyList<SequencedEvent>>(commits.Count);
        var at = Iso(now);
        InWriteTransaction(() =>
        {
            foreach (var commit in commits)
            {
                var sequenced = new List<SequencedEvent>(commit.Events.Count);
                foreach (var queueEvent in commit.Events)
                {
                    sequence++;
                    _insertEvent.Parameters["$seq"].Value = sequence;
                    _insertEvent.Parameters["$at"].Value = Iso(queueEvent.At);
                    _insertEvent.Parameters["$type"].Value = queueEvent.Name;
                    _insertEvent.Parameters["$payload"].Value = QueueJson.Serialize(queueEvent);
                    _insertEvent.Parameters["$rid"].Value = (object?)commit.RequestId ?? DBNull.Value;
                    _insertEvent.ExecuteNonQuery();
                    sequenced.Add(new SequencedEvent(sequence, queueEvent));
                }

                if (commit is { RequestId: { } requestId, RecordReply: true })
                {
                    _insertRequest.Parameters["$rid"].Value = requestId;
                    _insertRequest.Parameters["$reply"].Value = QueueJson.Serialize(commit.Reply);
                    _insertRequest.Parameters["$first"].Value = sequenced.Count > 0 ? sequenced[0].Sequence : DBNull.Value;
                    _insertRequest.Parameters["$last"].Value = sequenced.Count > 0 ? sequenced[^1].Sequence : DBNull.Value;
                    _insertRequest.Parameters["$at"].Value = at;
                    _insertRequest.ExecuteNonQuery();
                }

                result.Add(sequenced);
            }

            foreach (var (key, value) in facts ?? new Dictionary<string, string>())
            {
                WriteFact(key, value);
            }

            if (snapshot is not null)
            {
                InsertSnapshot(snapshot, at);
            }
        });

        LastSequence = sequence;
        return result;
    }

    /// <summary>Committed events with sequence greater than <paramref name="after"/>, oldest first, at most <paramref name="max"/>.</summary>
    public IReadOnlyList<SequencedEvent> ReadEvents(long after, int max)
    {
        lock (_readGate)
        {
            using var command = _reader.CreateCommand();
            command.CommandText = "SELECT seq, payload FROM events WHERE seq > $after ORDER BY seq LIMIT $max";
            command.Parameters.AddWithValue("$after", after);
            command.Parameters.AddWithValue("$max", max);
            using var rows = command.ExecuteReader();
            var events = new List<SequencedEvent>();
            while (rows.Read())
            {
                var sequence = rows.GetInt64(0);
                events.Add(new SequencedEvent(sequence, ParseEvent(sequence, rows.GetString(1))));
            }

            return events;
        }
    }

    public long ReadAcknowledged() => ReadFact(OutboxAcknowledgedKey);

    public long ReadFact(string key)
    {
        lock (_readGate)
        {
            using var command = _reader.CreateCommand();
            command.CommandText = "SELECT value FROM meta WHERE key = $key";
            command.Parameters.AddWithValue("$key", key);
            return command.ExecuteScalar() is string text ? long.Parse(text, CultureInfo.InvariantCulture) : 0;
        }
    }

    /// <summary>Records site facts (such as central's acknowledged sequence) in their own durable transaction.</summary>
    public void WriteFacts(IReadOnlyDictionary<string, string> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        InWriteTransaction(() =>
        {
            foreach (var (key, value) in facts)
            {
                WriteFact(key, value);
            }
        });
    }

    /// <summary>Saves the state as of <paramref name="sequence"/>; keeps only the two newest snapshots.</summary>
    public void WriteSnapshot(long sequence, QueueState state, DateTimeOffset now) =>
        WriteSnapshot(new SerializedSnapshot(sequence, QueueJson.SerializeToUtf8(state)), now);

    /// <summary>Saves a snapshot serialised beforehand, in its own durable transaction.</summary>
    public void WriteSnapshot(SerializedSnapshot snapshot, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        InWriteTransaction(() => InsertSnapshot(snapshot, Iso(now)));
    }

    private void InsertSnapshot(SerializedSnapshot snapshot, string at)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = """
            INSERT OR REPLACE INTO snapshots (seq, format, state, at) VALUES ($seq, $format, $state, $at);
            DELETE FROM snapshots WHERE seq NOT IN (SELECT seq FROM snapshots ORDER BY seq DESC LIMIT 2);
            """;
        command.Parameters.AddWithValue("$seq", snapshot.Sequence);
        command.Parameters.AddWithValue("$format", SnapshotFormat);
        command.Parameters.AddWithValue("$state", snapshot.StateUtf8);
        command.Parameters.AddWithValue("$at", at);
        command.ExecuteNonQuery();
    }

    /// <summary>Forgets request results older than <paramref name="before"/>; devices retransmit for minutes, not days.</summary>
    public int PruneRequests(DateTimeOffset before)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "DELETE FROM requests WHERE at < $before";
        command.Parameters.AddWithValue("$before", Iso(before));
        return command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _insertEvent.Dispose();
        _insertRequest.Dispose();
        _findRequest.Dispose();
        Close(_reader);
        Close(_connection);
    }

    /// <summary>
    /// Runs <paramref name="write"/> in one durable transaction, or leaves nothing of it. The
    /// transaction is plain SQL rather than a SqliteTransaction: when a full disk fails the COMMIT,
    /// SQLite has already rolled back, and SqliteTransaction (6.0.x) then fails its own ROLLBACK and
    /// stays "pending" on the connection for ever, jamming every later command until a restart.
    /// </summary>
    private void InWriteTransaction(Action write)
    {
        Execute("BEGIN IMMEDIATE");
        try
        {
            write();
            if (FailCommits)
            {
                throw new SqliteException("SQLite Error 13: 'database or disk is full' (FailCommits)", 13);
            }

            Execute("COMMIT");
        }
        catch
        {
            RollBackIfOpen();
            throw;
        }
    }

    /// <summary>After a failed statement or COMMIT: end the transaction if SQLite has not ended it already.</summary>
    private void RollBackIfOpen()
    {
        if (SQLitePCL.raw.sqlite3_get_autocommit(_connection.Handle) != 0)
        {
            return;
        }

        try
        {
            Execute("ROLLBACK");
        }
        catch (SqliteException)
        {
            // The first error is the one to report; the connection is back in autocommit either way.
        }
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Closing checkpoints the WAL; on a full or failing disk that may fail, and the file holds only committed transactions.</summary>
    private static void Close(SqliteConnection connection)
    {
        try
        {
            connection.Dispose();
        }
        catch (SqliteException)
        {
        }
    }

    private static string Iso(DateTimeOffset moment) =>
        moment.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static QueueEvent ParseEvent(long sequence, string payload)
    {
        try
        {
            return QueueJson.Deserialize<QueueEvent>(payload);
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new QueueStoreException($"event {sequence} in the queue store cannot be read: {e.Message}", e);
        }
        catch (NotSupportedException e)
        {
            throw new QueueStoreException($"event {sequence} in the queue store has an unknown type: {e.Message}", e);
        }
    }

    private static SqliteCommand Prepare(SqliteConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
        }

        return command;
    }

    private static long ScalarLong(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private (QueueState State, long Sequence) LoadSnapshot()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT seq, format, state FROM snapshots ORDER BY seq DESC LIMIT 1";
        using var row = command.ExecuteReader();
        if (!row.Read() || row.GetInt32(1) != SnapshotFormat)
        {
            return (QueueState.Empty, 0);
        }

        try
        {
            // Read as bytes: a snapshot stored as text by an earlier release reads the same way.
            return (QueueJson.DeserializeState(row.GetFieldValue<byte[]>(2)), row.GetInt64(0));
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or NotSupportedException or InvalidOperationException)
        {
            // A snapshot is only a shortcut: the events are the record, so replay them all.
            return (QueueState.Empty, 0);
        }
    }

    private void WriteFact(string key, string value)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "INSERT INTO meta (key, value) VALUES ($key, $value) ON CONFLICT (key) DO UPDATE SET value = excluded.value";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$value", value);
        command.ExecuteNonQuery();
    }
}
