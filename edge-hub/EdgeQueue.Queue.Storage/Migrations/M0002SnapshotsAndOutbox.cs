namespace EdgeQueue.Queue.Storage.Migrations;

/// <summary>Version 2: state snapshots (faster start) and site facts such as central's acknowledged sequence.</summary>
public sealed class M0002SnapshotsAndOutbox : SqlMigration
{
    public override int Version => 2;

    public override string Description => "state snapshots and outbox acknowledgement";

    protected override IReadOnlyList<string> Statements =>
    [
        """
        CREATE TABLE snapshots (
            seq    INTEGER PRIMARY KEY,
            format INTEGER NOT NULL,
            state  TEXT NOT NULL,
            at     TEXT NOT NULL
        )
        """,
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
        "INSERT INTO meta (key, value) VALUES ('outbox_acknowledged', '0')",
    ];
}
