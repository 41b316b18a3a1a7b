using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace EdgeQueue.Central.Booking.Storage;

/// <summary>
/// SQLite in WAL mode with <c>synchronous=FULL</c>: a confirmed booking survives power loss. Readers
/// run concurrently; writers of one database file take turns through a gate shared by the process.
/// </summary>
internal sealed class SqliteDialect : SqlDialect
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> WriterGates = new(StringComparer.Ordinal);
    private readonly string _connectionString;
    private readonly SemaphoreSlim _writerGate;
    private readonly SqliteGroupCommit _groupCommit;

    public SqliteDialect(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString)
        {
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        };
        if (string.IsNullOrWhiteSpace(builder.DataSource) || builder.DataSource == ":memory:")
        {
            throw new ArgumentException("The SQLite connection string needs a file (Data Source=path/central.db).", nameof(connectionString));
        }

        builder.DataSource = Path.GetFullPath(builder.DataSource);
        OwnerOnlyFiles.CreateFolder(Path.GetDirectoryName(builder.DataSource)!);
        OwnerOnlyFiles.CreateEmptyFile(builder.DataSource);
        _connectionString = builder.ToString();
        FilePath = builder.DataSource;
        _writerGate = WriterGates.GetOrAdd(FilePath, _ => new SemaphoreSlim(1, 1));
        _groupCommit = new SqliteGroupCommit(OpenWriterAsync, _writerGate);
    }

    public string FilePath { get; }

    public override string Name => "sqlite";

    public override string IdentityColumn => "INTEGER PRIMARY KEY AUTOINCREMENT";

    public override string BigIdentityColumn => "INTEGER PRIMARY KEY AUTOINCREMENT";

    public override string BlobType => "BLOB";

    public override string ForUpdate => "";

    public override string? MigrationLockSql => null;

    /// <summary>A read connection: WAL lets it read while the writer writes; no per-connection settings needed.</summary>
    public override async Task<DbConnection> OpenAsync(CancellationToken cancellation)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellation);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>A write connection: WAL (kept in the file), fsync on every commit, foreign keys checked.</summary>
    private async Task<DbConnection> OpenWriterAsync(CancellationToken cancellation)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellation);
            await connection.CreateCommand(
                "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000;")
                .ExecuteAsync(cancellation);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public override async Task<WriteScope> BeginWriteAsync(CancellationToken cancellation)
    {
        await _writerGate.WaitAsync(cancellation);
        DbConnection? connection = null;
        try
        {
            connection = await OpenWriterAsync(cancellation);
            var transaction = ((SqliteConnection)connection).BeginTransaction(deferred: false);
            return WriteScope.Own(connection, transaction, () => _writerGate.Release());
        }
        catch
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }

            _writerGate.Release();
            throw;
        }
    }

    public override bool IsUniqueViolation(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 };

    public override bool IsTransient(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: 5 or 6 };

    public override Task<T> RunWriteAsync<T>(Func<WriteScope, Task<T>> work, CancellationToken cancellation) =>
        _groupCommit.RunAsync(work, cancellation);

    public override ValueTask DisposeAsync() => _groupCommit.DisposeAsync();
}
