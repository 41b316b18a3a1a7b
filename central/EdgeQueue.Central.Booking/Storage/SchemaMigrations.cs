namespace EdgeQueue.Central.Booking.Storage;

/// <summary>
/// The schema, version by version. Never edit a released migration: add a new one. Dates are
/// <c>yyyy-MM-dd</c> text, local times minutes after midnight, instants Unix milliseconds, flags 0/1:
/// the same values on SQLite and PostgreSQL.
/// </summary>
internal static class SchemaMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "catalogue, visits, slot counters, site change log, users, audit",
        [
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            "CREATE TABLE departments (id {id}, name TEXT NOT NULL, description TEXT NOT NULL, sort_order INTEGER NOT NULL)",
            "CREATE TABLE matter_groups (id {id}, department_id INTEGER NOT NULL REFERENCES departments (id), name TEXT NOT NULL, sort_order INTEGER NOT NULL)",
            """
            CREATE TABLE matters (id {id}, group_id INTEGER NOT NULL REFERENCES matter_groups (id), name TEXT NOT NULL,
                description TEXT NOT NULL, required_documents TEXT NOT NULL, visit_minutes INTEGER NOT NULL,
                queue_category TEXT NOT NULL, active INTEGER NOT NULL, sort_order INTEGER NOT NULL)
            """,
            "CREATE TABLE locations (id TEXT PRIMARY KEY, name TEXT NOT NULL, address TEXT NOT NULL)",
            """
            CREATE TABLE opening_hours (location_id TEXT NOT NULL REFERENCES locations (id), weekday INTEGER NOT NULL,
                opens_minute INTEGER NOT NULL, closes_minute INTEGER NOT NULL, PRIMARY KEY (location_id, weekday))
            """,
            "CREATE TABLE closed_days (id {id}, location_id TEXT NULL REFERENCES locations (id), day TEXT NOT NULL, reason TEXT NOT NULL)",
            """
            CREATE TABLE matter_locations (matter_id INTEGER NOT NULL REFERENCES matters (id),
                location_id TEXT NOT NULL REFERENCES locations (id), counters INTEGER NOT NULL, PRIMARY KEY (matter_id, location_id))
            """,
            """
            CREATE TABLE attachments (id {id}, matter_id INTEGER NOT NULL REFERENCES matters (id), title TEXT NOT NULL,
                file_name TEXT NOT NULL, content_type TEXT NOT NULL, length BIGINT NOT NULL, content {blob} NOT NULL)
            """,
            // One row per slot that has ever been booked: 'taken' only grows through
            // UPDATE ... WHERE taken < capacity, which is what keeps a slot from being overbooked.
            """
            CREATE TABLE slot_counters (location_id TEXT NOT NULL, matter_id INTEGER NOT NULL, day TEXT NOT NULL,
                start_minute INTEGER NOT NULL, taken INTEGER NOT NULL, PRIMARY KEY (location_id, matter_id, day, start_minute))
            """,
            """
            CREATE TABLE visits (id {bigid}, code TEXT NOT NULL UNIQUE, status TEXT NOT NULL, matter_id INTEGER NOT NULL,
                location_id TEXT NOT NULL, day TEXT NOT NULL, start_minute INTEGER NOT NULL, end_minute INTEGER NOT NULL,
                starts_at BIGINT NOT NULL, ends_at BIGINT NOT NULL, pesel_hash TEXT NULL, display_name TEXT NOT NULL,
                first_name TEXT NULL, last_name TEXT NULL, email TEXT NULL, phone TEXT NULL, channel TEXT NOT NULL,
                agent_login TEXT NULL, booked_at BIGINT NOT NULL, cancelled_at BIGINT NULL, purged_at BIGINT NULL)
            """,
            // The limit per PESEL (one active booking per matter per day), enforced by the database.
            "CREATE UNIQUE INDEX ux_visits_active_pesel_matter_day ON visits (pesel_hash, matter_id, day) WHERE status = 'booked'",
            "CREATE INDEX ix_visits_slot ON visits (location_id, matter_id, day, start_minute)",
            "CREATE TABLE site_sequences (site_id TEXT PRIMARY KEY, last_sequence BIGINT NOT NULL)",
            // A site's booking changes, written in the booking's transaction. The gap-free per-site
            // sequence is assigned afterwards, in id order, by the feed's sequencer: numbering inside
            // the booking would make every booking of a site wait for the previous one's commit.
            """
            CREATE TABLE site_booking_changes (id {bigid}, site_id TEXT NOT NULL, sequence BIGINT NULL, kind TEXT NOT NULL,
                code TEXT NOT NULL, matter_id INTEGER NOT NULL, matter_name TEXT NOT NULL, queue_category TEXT NOT NULL,
                day TEXT NOT NULL, start_minute INTEGER NOT NULL, end_minute INTEGER NOT NULL, starts_at BIGINT NOT NULL,
                display_name TEXT NOT NULL, recorded_at BIGINT NOT NULL)
            """,
            "CREATE UNIQUE INDEX ux_site_booking_changes_sequence ON site_booking_changes (site_id, sequence)",
            "CREATE INDEX ix_site_booking_changes_unsequenced ON site_booking_changes (site_id, id) WHERE sequence IS NULL",
            """
            CREATE TABLE users (id {id}, login TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL, password_hash TEXT NOT NULL,
                roles TEXT NOT NULL, active INTEGER NOT NULL, created_at BIGINT NOT NULL)
            """,
            """
            CREATE TABLE audit_log (id {bigid}, at BIGINT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
                entity TEXT NOT NULL, entity_id TEXT NOT NULL, details TEXT NOT NULL)
            """,
        ]),
        new(2, "indexes for the retention purge and closed-day look-ups",
        [
            "CREATE INDEX ix_visits_purge ON visits (day) WHERE purged_at IS NULL",
            "CREATE INDEX ix_closed_days_day ON closed_days (day)",
            "CREATE INDEX ix_site_booking_changes_day ON site_booking_changes (day)",
        ]),
        // A staff cookie carries the stamp it was issued with and is refused once the stamp changed
        // (roles, password, deactivation, log-out). Users of an older install get one at their next change.
        new(3, "security stamp of staff users",
        [
            "ALTER TABLE users ADD COLUMN security_stamp TEXT NOT NULL DEFAULT ''",
        ]),
    ];
}
