namespace EdgeQueue.Queue.Storage.Migrations;

/// <summary>Version 3: request results are pruned by age (devices retransmit for minutes, not weeks).</summary>
public sealed class M0003RequestRetention : SqlMigration
{
    public override int Version => 3;

    public override string Description => "index request results by age; central booking sequence";

    protected override IReadOnlyList<string> Statements =>
    [
        "CREATE INDEX requests_at ON requests (at)",
        "INSERT INTO meta (key, value) VALUES ('bookings_sequence', '0')",
    ];
}
