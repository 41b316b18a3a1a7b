using System.Globalization;
using System.Text.Json;
using EdgeQueue.Central.Booking.Storage;
using EdgeQueue.Central.Sync.Reading;
using EdgeQueue.Contracts;
using EdgeQueue.Contracts.Messages.Sync;
using EdgeQueue.Contracts.Messages.Sync.Events;
using System.Data;
using System.Data.Common;

namespace EdgeQueue.Central.Sync.Storage;

/// <summary>
/// The sync tables: <c>sync.db</c> (SQLite, WAL, <c>synchronous=FULL</c>) for a single central, or
/// central's PostgreSQL database for several (<see cref="SyncDatabase"/>). One writer connection
/// behind a lock (the sync link is the only writer besides configuration edits); readers open their
/// own pooled connections and never wait for it. Each batch of a site's events is stored with the
/// site's new acknowledged number in one transaction (the site's row locked where another central
/// shares the tables), so an event is stored exactly once and the ack never runs ahead of what is durable.
/// </summary>
public sealed class CentralSyncStore : ICentralSyncReader, IDisposable
{
    public const string FileName = "sync.db";

    private readonly SyncDatabase _database;
    private readonly TimeProvider _time;
    private readonly Lock _writeGate = new();
    private DbConnection? _writer;

    private CentralSyncStore(SyncDatabase database, TimeProvider time)
    {
        _database = database;
        _time = time;
    }

    public event EventHandler<SiteSyncChangedEventArgs>? Changed;

    /// <summary>The database, as messages name it: the file's full path, or the PostgreSQL host and database.</summary>
    public string Path => _database.Description;

    /// <summary>True when other central instances share these tables (PostgreSQL).</summary>
    public bool Shared => _database.Shared;

    private DbConnection Writer => _writer ?? throw new ObjectDisposedException(nameof(CentralSyncStore));

    /// <summary>Opens (creating and migrating) the SQLite store; a file that is not a sync store is refused with a sentence naming it.</summary>
    public static CentralSyncStore Open(string path, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Open(new SqliteSyncDatabase(path), time);
    }

    /// <summary>Opens (creating and migrating) the sync tables in a PostgreSQL database that several centrals may share.</summary>
    public static CentralSyncStore OpenPostgres(string connectionString, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return Open(new PostgresSyncDatabase(connectionString), time);
    }

    private static CentralSyncStore Open(SyncDatabase database, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var store = new CentralSyncStore(database, time);
        try
        {
            store.Initialize();
            return store;
        }
        catch (DbException error)
        {
            store.Dispose();
            throw new InvalidOperationException($"sync store {store.Path}: {error.Message}", error);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Stores the events that continue the site's log without a gap, in one transaction with the new
    /// acknowledged number. Events at or below it are duplicates (a resend) and change nothing.
    /// </summary>
    internal EventBatchOutcome StoreEvents(string siteId, IReadOnlyList<SyncedEvent> events) => StoreEvents([new SiteEventBatch(siteId, events)])[0];

    /// <summary>
    /// Several batches (of one site or many) in one transaction: one commit, one disk flush, for all
    /// of them. The link hands over whatever has arrived meanwhile, so under load central commits
    /// once per group instead of once per hub message; each batch's outcome as if stored alone.
    /// </summary>
    internal IReadOnlyList<EventBatchOutcome> StoreEvents(IReadOnlyList<SiteEventBatch> batches) => Store(SyncGroup.OfEvents(batches));

    /// <summary>
    /// A turn of the link in one transaction: every events batch (each outcome as if stored alone),
    /// and each site's newest status and device list. Fifty busy hubs send two statuses a second
    /// each; stored one by one they were a commit each, more than all the events.
    /// </summary>
    internal IReadOnlyList<EventBatchOutcome> Store(SyncGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var now = Now();
        var outcomes = new List<EventBatchOutcome>(group.Events.Count);
        lock (_writeGate)
        {
            using var transaction = Writer.BeginTransaction();
            foreach (var batch in group.Events)
            {
                outcomes.Add(StoreBatch(transaction, batch.SiteId, batch.Events, now));
            }

            foreach (var (site, status) in group.Statuses)
            {
                // The running version comes with the snapshot: a late, older one does not turn it back.
                if (WriteLatest(transaction, "site_status", site, ContractJson.SerializeToString(status), status.At, now))
                {
                    Execute(transaction, "UPDATE sites SET config_version_running = CAST(@v AS INTEGER) WHERE site_id = @s",
                        ("@v", (object?)status.ConfigVersion ?? DBNull.Value), ("@s", site));
                }
            }

            foreach (var (site, devices) in group.DeviceLists)
            {
                WriteLatest(transaction, "site_devices", site, ContractJson.SerializeToString(devices), devices.At, now);
            }

            transaction.Commit();
        }

        foreach (var site in group.Events.Where((b, i) => outcomes[i].Stored > 0).Select(b => b.SiteId).Distinct(StringComparer.Ordinal))
        {
            Raise(site, SiteSyncChange.Events);
        }

        foreach (var site in group.Statuses.Keys)
        {
            Raise(site, SiteSyncChange.Status);
        }

        foreach (var site in group.DeviceLists.Keys)
        {
            Raise(site, SiteSyncChange.Devices);
        }

        return outcomes;
    }

    private EventBatchOutcome StoreBatch(DbTransaction transaction, string siteId, IReadOnlyList<SyncedEvent> events, long now)
    {
        TouchSite(transaction, siteId, now);
        var acked = Scalar<long>(transaction, "SELECT events_acked FROM sites WHERE site_id = @s" + _database.LockRow, ("@s", siteId));
        int stored = 0, duplicates = 0;
        long? gap = null;
        using var insert = Command(transaction,
            "INSERT INTO site_events (site_id, seq, type, at_ms, payload, received_ms) VALUES (@s, @q, @t, @a, @p, @r)",
            ("@s", siteId), ("@q", 0L), ("@t", ""), ("@a", 0L), ("@p", ""), ("@r", now));
        foreach (var item in events.OrderBy(e => e.Seq))
        {
            if (item.Seq <= acked)
            {
                duplicates++;
                continue;
            }

            if (item.Seq != acked + 1)
            {
                gap = acked;
                break;
            }

            insert.Parameters["@q"].Value = item.Seq;
            insert.Parameters["@t"].Value = item.Type;
            insert.Parameters["@a"].Value = item.At.ToUnixTimeMilliseconds();
            insert.Parameters["@p"].Value = item.Data.GetRawText();
            insert.ExecuteNonQuery();
            TrackBookingOutcome(transaction, siteId, item, now);
            acked = item.Seq;
            stored++;
        }

        Execute(transaction, "UPDATE sites SET events_acked = @a WHERE site_id = @s", ("@a", acked), ("@s", siteId));
        return new EventBatchOutcome(acked, stored, duplicates, gap);
    }

    internal long EventsAcked(string siteId) => Read(c => Scalar<long?>(c, null,
        "SELECT events_acked FROM sites WHERE site_id = @s", ("@s", siteId)) ?? 0);

    /// <summary>The last bookings-ack the site's hub gave (recorded by whichever instance served it then).</summary>
    internal long BookingsAcked(string siteId) => Read(c => Scalar<long?>(c, null,
        "SELECT bookings_acked FROM sites WHERE site_id = @s", ("@s", siteId)) ?? 0);

    /// <summary>The hub's bookings-ack: the highest booking change it applied (it may go down if the hub's store was replaced).</summary>
    internal void RecordBookingsAck(string siteId, long seq)
    {
        lock (_writeGate)
        {
            using var transaction = Writer.BeginTransaction();
            TouchSite(transaction, siteId, Now());
            Execute(transaction, "UPDATE sites SET bookings_acked = @a WHERE site_id = @s", ("@a", seq), ("@s", siteId));
            transaction.Commit();
        }
    }

    /// <summary>Saves a new version of a site's configuration (the newest plus one) and returns it as it will be published.</summary>
    public SiteConfigRecord SaveConfig(string siteId, SyncSiteConfig draft, string createdBy)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var now = Now();
        SiteConfigRecord record;
        lock (_writeGate)
        {
            using var transaction = Writer.BeginTransaction();
            var version = (int)Scalar<long>(transaction, "SELECT COALESCE(MAX(version), 0) + 1 FROM site_configs WHERE site_id = @s", ("@s", siteId));
            var config = draft with { Version = version, At = DateTimeOffset.FromUnixTimeMilliseconds(now) };
            Execute(transaction,
                "INSERT INTO site_configs (site_id, version, payload, created_ms, created_by) VALUES (@s, @v, @p, @c, @b)",
                ("@s", siteId), ("@v", version), ("@p", ContractJson.SerializeToString(config)), ("@c", now), ("@b", createdBy));
            transaction.Commit();
            record = new SiteConfigRecord(siteId, config, DateTimeOffset.FromUnixTimeMilliseconds(now), createdBy);
        }

        Raise(siteId, SiteSyncChange.Configuration);
        return record;
    }

    public SiteConfigRecord? GetLatestConfig(string siteId) => Read(c =>
    {
        using var command = Command(c, null,
            "SELECT site_id, payload, created_ms, created_by FROM site_configs WHERE site_id = @s ORDER BY version DESC LIMIT 1", ("@s", siteId));
        using var reader = command.ExecuteReader();
        return reader.Read() ? ConfigRecord(reader) : null;
    });

    /// <summary>The newest configuration of every site that has one (published retained when the link comes up).</summary>
    public IReadOnlyList<SiteConfigRecord> ListLatestConfigs() => Read(c =>
    {
        using var command = Command(c, null,
            """
            SELECT c.site_id, c.payload, c.created_ms, c.created_by FROM site_configs c
            WHERE c.version = (SELECT MAX(version) FROM site_configs WHERE site_id = c.site_id) ORDER BY c.site_id
            """);
        using var reader = command.ExecuteReader();
        var list = new List<SiteConfigRecord>();
        while (reader.Read())
        {
            list.Add(ConfigRecord(reader));
        }

        return list;
    });

    public Task<IReadOnlyList<SiteSyncSummary>> ListSitesAsync(CancellationToken cancellation = default) => ReadAsync(c =>
    {
        using var command = Command(c, null,
            """
            SELECT s.site_id, s.events_acked, s.bookings_acked, s.config_version_running,
                   (SELECT MAX(version) FROM site_configs WHERE site_id = s.site_id), s.first_seen_ms, s.last_contact_ms
            FROM sites s ORDER BY s.site_id
            """);
        using var reader = command.ExecuteReader();
        var list = new List<SiteSyncSummary>();
        while (reader.Read())
        {
            list.Add(new SiteSyncSummary(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2),
                reader.IsDBNull(3) ? null : reader.GetInt32(3), reader.IsDBNull(4) ? null : reader.GetInt32(4),
                Time(reader.GetInt64(5)), Time(reader.GetInt64(6))));
        }

        return (IReadOnlyList<SiteSyncSummary>)list;
    }, cancellation);

    public Task<IReadOnlyList<StoredSiteEvent>> ReadEventsAsync(string siteId, long afterSeq, int max, CancellationToken cancellation = default) =>
        ReadAsync(c => Events(c,
            "SELECT site_id, seq, type, at_ms, payload, received_ms FROM site_events WHERE site_id = @s AND seq > @a ORDER BY seq LIMIT @m",
            ("@s", siteId), ("@a", afterSeq), ("@m", Math.Clamp(max, 1, 100_000))), cancellation);

    public Task<IReadOnlyList<StoredSiteEvent>> ReadEventsBetweenAsync(string? siteId, DateTimeOffset from, DateTimeOffset to,
        CancellationToken cancellation = default) =>
        ReadAsync(c => Events(c,
            """
            SELECT site_id, seq, type, at_ms, payload, received_ms FROM site_events
            WHERE (@s IS NULL OR site_id = @s) AND at_ms >= @f AND at_ms < @t ORDER BY site_id, seq
            """,
            ("@s", (object?)siteId ?? DBNull.Value), ("@f", from.ToUnixTimeMilliseconds()), ("@t", to.ToUnixTimeMilliseconds())), cancellation);

    public Task<SiteRecord<SyncSiteStatus>?> GetStatusAsync(string siteId, CancellationToken cancellation = default) =>
        ReadAsync(c => Latest<SyncSiteStatus>(c, "site_status", siteId).FirstOrDefault(), cancellation);

    public Task<IReadOnlyList<SiteRecord<SyncDeviceList>>> ListDevicesAsync(CancellationToken cancellation = default) =>
        ReadAsync(c => (IReadOnlyList<SiteRecord<SyncDeviceList>>)Latest<SyncDeviceList>(c, "site_devices", null), cancellation);

    public Task<IReadOnlyList<OvertakenCancellation>> ListOvertakenCancellationsAsync(string? siteId, CancellationToken cancellation = default) =>
        ReadAsync(c =>
        {
            using var command = Command(c, null,
                """
                SELECT site_id, code, ticket, checked_in_ms, cancelled_seq, recorded_ms FROM overtaken_cancellations
                WHERE @s IS NULL OR site_id = @s ORDER BY site_id, checked_in_ms
                """, ("@s", (object?)siteId ?? DBNull.Value));
            using var reader = command.ExecuteReader();
            var list = new List<OvertakenCancellation>();
            while (reader.Read())
            {
                list.Add(new OvertakenCancellation(reader.GetString(0), reader.GetString(1), reader.GetString(2),
                    Time(reader.GetInt64(3)), reader.GetInt64(4), Time(reader.GetInt64(5))));
            }

            return (IReadOnlyList<OvertakenCancellation>)list;
        }, cancellation);

    public void Dispose()
    {
        lock (_writeGate)
        {
            _writer?.Dispose();
            _writer = null;
            _database.Dispose();
        }
    }

    private void Initialize()
    {
        _writer = _database.Open();
        _database.PrepareWriter(_writer);
        Execute(_writer, null, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_ms BIGINT NOT NULL)");
        var current = Scalar<long>(_writer, null, "SELECT COALESCE(MAX(version), 0) FROM schema_version");
        var newest = _database.Migrations[^1].Version;
        if (current > newest)
        {
            throw new InvalidOperationException($"sync store {Path} has schema version {current}, newer than this program's {newest}; use a newer central");
        }

        foreach (var (version, description, sql) in _database.Migrations.Where(m => m.Version > current))
        {
            using var transaction = _writer.BeginTransaction();
            Execute(_writer, transaction, sql);
            Execute(_writer, transaction, "INSERT INTO schema_version (version, description, applied_ms) VALUES (@v, @d, @t)",
                ("@v", version), ("@d", description), ("@t", Now()));
            transaction.Commit();
        }

        _database.AfterMigrations(_writer);
    }

    /// <summary>
    /// Check-ins and cancellations of the same booking code, in the site's order: a cancellation
    /// that the site applied after the resident had checked in is recorded as overtaken.
    /// </summary>
    private void TrackBookingOutcome(DbTransaction transaction, string siteId, SyncedEvent item, long now)
    {
        if (item.Data.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (item.Type == nameof(BookedVisitCheckedIn) && Text(item.Data, "bookingCode") is { } code)
        {
            Execute(transaction,
                """
                INSERT INTO site_checkins (site_id, code, ticket, checked_in_ms, seq) VALUES (@s, @c, @t, @a, @q)
                ON CONFLICT (site_id, code) DO UPDATE SET ticket = excluded.ticket, checked_in_ms = excluded.checked_in_ms, seq = excluded.seq
                """,
                ("@s", siteId), ("@c", code), ("@t", Text(item.Data, "number") ?? ""), ("@a", item.At.ToUnixTimeMilliseconds()), ("@q", item.Seq));
        }
        else if (item.Type == nameof(BookingCancelled) && Text(item.Data, "code") is { } cancelled)
        {
            Execute(transaction,
                """
                INSERT INTO overtaken_cancellations (site_id, code, ticket, checked_in_ms, cancelled_seq, recorded_ms)
                SELECT site_id, code, ticket, checked_in_ms, @q, @n FROM site_checkins WHERE site_id = @s AND code = @c
                ON CONFLICT (site_id, code) DO NOTHING
                """,
                ("@s", siteId), ("@c", cancelled), ("@q", item.Seq), ("@n", now));
        }
    }

    private static string? Text(JsonElement data, string property) =>
        data.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Whether the snapshot was written: only a newer one replaces the stored one (a retained message redelivered late changes nothing).</summary>
    private bool WriteLatest(DbTransaction transaction, string table, string siteId, string payload, DateTimeOffset at, long now)
    {
        TouchSite(transaction, siteId, now);
        using var upsert = Command(transaction,
            $"""
            INSERT INTO {table} (site_id, payload, at_ms, received_ms) VALUES (@s, @p, @a, @r)
            ON CONFLICT (site_id) DO UPDATE SET payload = excluded.payload, at_ms = excluded.at_ms, received_ms = excluded.received_ms
            WHERE excluded.at_ms >= {table}.at_ms
            """,
            ("@s", siteId), ("@p", payload), ("@a", at.ToUnixTimeMilliseconds()), ("@r", now));
        return upsert.ExecuteNonQuery() > 0;
    }

    private void TouchSite(DbTransaction transaction, string siteId, long now) =>
        Execute(transaction,
            """
            INSERT INTO sites (site_id, first_seen_ms, last_contact_ms) VALUES (@s, @n, @n)
            ON CONFLICT (site_id) DO UPDATE SET last_contact_ms = excluded.last_contact_ms
            """, ("@s", siteId), ("@n", now));

    private List<SiteRecord<T>> Latest<T>(DbConnection connection, string table, string? siteId) where T : class
    {
        using var command = Command(connection, null,
            $"SELECT site_id, payload, received_ms FROM {table} WHERE @s IS NULL OR site_id = @s ORDER BY site_id",
            ("@s", (object?)siteId ?? DBNull.Value));
        using var reader = command.ExecuteReader();
        var list = new List<SiteRecord<T>>();
        while (reader.Read())
        {
            if (ContractJson.TryDeserialize<T>(System.Text.Encoding.UTF8.GetBytes(reader.GetString(1)), ContractJson.MaxSyncPayloadBytes,
                    out var message, out _))
            {
                list.Add(new SiteRecord<T>(reader.GetString(0), message, Time(reader.GetInt64(2))));
            }
        }

        return list;
    }

    private static SiteConfigRecord ConfigRecord(DbDataReader reader) =>
        new(reader.GetString(0), ContractJson.Deserialize<SyncSiteConfig>(System.Text.Encoding.UTF8.GetBytes(reader.GetString(1))),
            Time(reader.GetInt64(2)), reader.GetString(3));

    private static IReadOnlyList<StoredSiteEvent> Events(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(connection, null, sql, parameters);
        using var reader = command.ExecuteReader();
        var list = new List<StoredSiteEvent>();
        while (reader.Read())
        {
            list.Add(new StoredSiteEvent(reader.GetString(0), reader.GetInt64(1), reader.GetString(2), Time(reader.GetInt64(3)),
                reader.GetString(4), Time(reader.GetInt64(5))));
        }

        return list;
    }

    private Task<T> ReadAsync<T>(Func<DbConnection, T> read, CancellationToken cancellation) =>
        Task.Run(() => Read(read), cancellation);

    private T Read<T>(Func<DbConnection, T> read)
    {
        using var connection = _database.Open();
        return read(connection);
    }

    private void Raise(string siteId, SiteSyncChange change) => Changed?.Invoke(this, new SiteSyncChangedEventArgs(siteId, change));

    private long Now() => _time.GetUtcNow().ToUnixTimeMilliseconds();

    private static DateTimeOffset Time(long unixMs) => DateTimeOffset.FromUnixTimeMilliseconds(unixMs);

    private static T Scalar<T>(DbTransaction transaction, string sql, params (string Name, object Value)[] parameters) =>
        Scalar<T>(transaction.Connection!, transaction, sql, parameters);

    private static T Scalar<T>(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        var value = command.ExecuteScalar();
        if (value is null or DBNull)
        {
            return default!;
        }

        var type = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        return (T)Convert.ChangeType(value, type, CultureInfo.InvariantCulture);
    }

    private static void Execute(DbTransaction transaction, string sql, params (string Name, object Value)[] parameters) =>
        Execute(transaction.Connection!, transaction, sql, parameters);

    private static void Execute(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        command.ExecuteNonQuery();
    }

    private static DbCommand Command(DbTransaction transaction, string sql, params (string Name, object Value)[] parameters) =>
        Command(transaction.Connection!, transaction, sql, parameters);

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql,
        params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            if (value is DBNull)
            {
                // PostgreSQL cannot infer the type of a bare NULL; every nullable parameter here is text
                // (a number goes through CAST in its statement).
                parameter.DbType = DbType.String;
            }

            command.Parameters.Add(parameter);
        }

        return command;
    }
}
