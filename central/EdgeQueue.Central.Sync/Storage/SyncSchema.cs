namespace EdgeQueue.Central.Sync.Storage;

/// <summary>
/// The sync tables (<c>sync.db</c>, or central's PostgreSQL database), in ordered migrations (each in its own transaction with its
/// <c>schema_version</c> row), written once for both dialects. Times are Unix milliseconds (UTC). Described for readers in docs/sync.md.
/// </summary>
internal static class SyncSchema
{
    /// <summary>SQLite: INTEGER is 64-bit, and keyed tables store no separate row id.</summary>
    public static IReadOnlyList<(int Version, string Description, string Sql)> Sqlite => In(int64: "INTEGER", withoutRowid: " WITHOUT ROWID");

    /// <summary>PostgreSQL: 64-bit numbers are BIGINT.</summary>
    public static IReadOnlyList<(int Version, string Description, string Sql)> Postgres => In(int64: "BIGINT", withoutRowid: "");

    private static (int Version, string Description, string Sql)[] Migrations { get; } =
    [
        (1, "sites, events, status, devices, configs, overtaken cancellations",
            """
            CREATE TABLE sites (
                site_id TEXT PRIMARY KEY,
                events_acked {int64} NOT NULL DEFAULT 0,
                bookings_acked {int64} NOT NULL DEFAULT 0,
                config_version_running INTEGER,
                first_seen_ms {int64} NOT NULL,
                last_contact_ms {int64} NOT NULL
            );
            CREATE TABLE site_events (
                site_id TEXT NOT NULL,
                seq {int64} NOT NULL,
                type TEXT NOT NULL,
                at_ms {int64} NOT NULL,
                payload TEXT NOT NULL,
                received_ms {int64} NOT NULL,
                PRIMARY KEY (site_id, seq)
            ){withoutRowid};
            CREATE INDEX site_events_by_time ON site_events (site_id, at_ms);
            CREATE INDEX site_events_by_type ON site_events (type, at_ms);
            CREATE TABLE site_checkins (
                site_id TEXT NOT NULL,
                code TEXT NOT NULL,
                ticket TEXT NOT NULL,
                checked_in_ms {int64} NOT NULL,
                seq {int64} NOT NULL,
                PRIMARY KEY (site_id, code)
            ){withoutRowid};
            CREATE TABLE overtaken_cancellations (
                site_id TEXT NOT NULL,
                code TEXT NOT NULL,
                ticket TEXT NOT NULL,
                checked_in_ms {int64} NOT NULL,
                cancelled_seq {int64} NOT NULL,
                recorded_ms {int64} NOT NULL,
                PRIMARY KEY (site_id, code)
            ){withoutRowid};
            CREATE TABLE site_status (
                site_id TEXT PRIMARY KEY,
                payload TEXT NOT NULL,
                at_ms {int64} NOT NULL,
                received_ms {int64} NOT NULL
            );
            CREATE TABLE site_devices (
                site_id TEXT PRIMARY KEY,
                payload TEXT NOT NULL,
                at_ms {int64} NOT NULL,
                received_ms {int64} NOT NULL
            );
            CREATE TABLE site_configs (
                site_id TEXT NOT NULL,
                version INTEGER NOT NULL,
                payload TEXT NOT NULL,
                created_ms {int64} NOT NULL,
                created_by TEXT NOT NULL,
                PRIMARY KEY (site_id, version)
            );
            """),
    ];

    private static IReadOnlyList<(int Version, string Description, string Sql)> In(string int64, string withoutRowid) =>
        [.. Migrations.Select(m => (m.Version, m.Description, m.Sql.Replace("{int64}", int64, StringComparison.Ordinal)
            .Replace("{withoutRowid}", withoutRowid, StringComparison.Ordinal)))];
}
