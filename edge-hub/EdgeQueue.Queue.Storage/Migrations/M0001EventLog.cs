namespace EdgeQueue.Queue.Storage.Migrations;

/// <summary>Version 1: the event log (its sequence is the outbox's) and the request results.</summary>
public sealed class M0001EventLog : SqlMigration
{
    public override int Version => 1;

    public override string Description => "event log and request results";

    protected override IReadOnlyList<string> Statements =>
    [
        """
        CREATE TABLE events (
            seq        INTEGER PRIMARY KEY,
            at         TEXT NOT NULL,
            type       TEXT NOT NULL,
            payload    TEXT NOT NULL,
            request_id TEXT NULL
        )
        """,
        """
        CREATE TABLE requests (
            request_id TEXT PRIMARY KEY,
            reply      TEXT NOT NULL,
            first_seq  INTEGER NULL,
            last_seq   INTEGER NULL,
            at         TEXT NOT NULL
        ) WITHOUT ROWID
        """,
    ];
}
