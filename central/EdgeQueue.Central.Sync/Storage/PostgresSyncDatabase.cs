using System.Data.Common;
using Npgsql;

namespace EdgeQueue.Central.Sync.Storage;

/// <summary>
/// The sync tables in central's PostgreSQL database (beside the booking tables), shared by every
/// central instance: which instance stores a site's events is decided by a lock per site
/// (<see cref="Link.PostgresSiteOwnership"/>), and the site's row is locked while a batch is stored.
/// </summary>
internal sealed class PostgresSyncDatabase : SyncDatabase
{
    private readonly NpgsqlDataSource _dataSource;

    public PostgresSyncDatabase(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        Description = $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}";
        _dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
    }

    public override string Description { get; }

    public override bool Shared => true;

    public override IReadOnlyList<(int Version, string Description, string Sql)> Migrations => SyncSchema.Postgres;

    public override string LockRow => " FOR UPDATE";

    public override DbConnection Open() => _dataSource.OpenConnection();

    public override void PrepareWriter(DbConnection writer)
    {
        // Two centrals starting together must not both create the tables: the first to take this
        // lock migrates, the other finds the schema done. Released when the writer connection closes
        // or at once below.
        using var command = writer.CreateCommand();
        command.CommandText = "SELECT pg_advisory_lock(hashtext('edgequeue-sync-schema'))";
        command.ExecuteNonQuery();
    }

    public override void AfterMigrations(DbConnection writer)
    {
        using var command = writer.CreateCommand();
        command.CommandText = "SELECT pg_advisory_unlock(hashtext('edgequeue-sync-schema'))";
        command.ExecuteNonQuery();
    }

    public override void Dispose() => _dataSource.Dispose();
}
