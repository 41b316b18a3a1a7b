namespace EdgeQueue.Central.Sync.Storage;

/// <summary>
/// The tables of <c>sync.db</c>, in ordered migrations (each in its own transaction with its
/// <c>schema_version</c> row). Times are Unix milliseconds (UTC). Described for readers in docs/sync.md.
/// </summary>
internal static class SyncSchema
{
    public static IReadOnlyList<(int Version, string Description, string Sql)> Migrations { get; } =
    [
        (1, "sites, events, status, devices, configs, overtaken cancellations",
            """
            CREATE TABLE sites (
                site_id TEXT PRIMARY KEY,
                events_acked INTEGER NOT NULL DEFAULT 0,
                bookings_acked INTEGER NOT NULL DEFAULT 0,
                config_version_running INTEGER,
                first_seen_ms INTEGER NOT NULL,
                last_contact_ms INTEGER NOT NULL
            );
            CREATE TABLE site_events (
                site_id TEXT NOT NULL,
                seq INTEGER NOT NULL,
                type TEXT NOT NULL,
                at_ms INTEGER NOT NULL,
                payload TEXT NOT NULL,
                received_ms INTEGER NOT NULL,
                PRIMARY KEY (site_id, seq)
            ) WITHOUT ROWID;
            CREATE INDEX site_events_by_time ON site_events (site_id, at_ms);
            CREATE INDEX site_events_by_type ON site_events (type, at_ms);
            CREATE TABLE site_checkins (
                site_id TEXT NOT NULL,
                code TEXT NOT NULL,
                ticket TEXT NOT NULL,
                checked_in_ms INTEGER NOT NULL,
                seq INTEGER NOT NULL,
                PRIMARY KEY (site_id, code)
            ) WITHOUT ROWID;
            CREATE TABLE overtaken_cancellations (
                site_id TEXT NOT NULL,
                code TEXT NOT NULL,
                ticket TEXT NOT NULL,
                checked_in_ms INTEGER NOT NULL,
                cancelled_seq INTEGER NOT NULL,
                recorded_ms INTEGER NOT NULL,
                PRIMARY KEY (site_id, code)
            ) WITHOUT ROWID;
            CREATE TABLE site_status (
                site_id TEXT PRIMARY KEY,
                payload TEXT NOT NULL,
                at_ms INTEGER NOT NULL,
                received_ms INTEGER NOT NULL
            );
            CREATE TABLE site_devices (
                site_id TEXT PRIMARY KEY,
                payload TEXT NOT NULL,
                at_ms INTEGER NOT NULL,
                received_ms INTEGER NOT NULL
            );
            CREATE TABLE site_configs (
                site_id TEXT NOT NULL,
                version INTEGER NOT NULL,
                payload TEXT NOT NULL,
                created_ms INTEGER NOT NULL,
                created_by TEXT NOT NULL,
                PRIMARY KEY (site_id, version)
            );
            """),
    ];
}
