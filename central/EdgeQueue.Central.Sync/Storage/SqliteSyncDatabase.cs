using System.Data.Common;
using EdgeQueue.Central.Booking.Storage;
using Microsoft.Data.Sqlite;

namespace EdgeQueue.Central.Sync.Storage;

/// <summary><c>sync.db</c>: SQLite, WAL, <c>synchronous=FULL</c>; one central writes it.</summary>
internal sealed class SqliteSyncDatabase : SyncDatabase
{
    private readonly string _connectionString;

    public SqliteSyncDatabase(string path)
    {
        var full = Path.GetFullPath(path);
        OwnerOnlyFiles.CreateFolder(Path.GetDirectoryName(full)!);
        OwnerOnlyFiles.CreateEmptyFile(full);
        Description = full;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public override string Description { get; }

    public override bool Shared => false;

    public override IReadOnlyList<(int Version, string Description, string Sql)> Migrations => SyncSchema.Sqlite;

    public override string LockRow => "";

    public override DbConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    public override void PrepareWriter(DbConnection writer)
    {
        using var wal = writer.CreateCommand();
        wal.CommandText = "PRAGMA journal_mode=WAL";
        var mode = Convert.ToString(wal.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"sync store {Description}: the file system does not allow WAL mode (got '{mode}')");
        }

        using var durable = writer.CreateCommand();
        durable.CommandText = "PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000;";
        durable.ExecuteNonQuery();
    }

    public override void Dispose()
    {
    }
}
