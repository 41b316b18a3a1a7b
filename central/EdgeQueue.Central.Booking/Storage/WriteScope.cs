using System.Data.Common;

namespace EdgeQueue.Central.Booking.Storage;

/// <summary>
/// A write transaction handed to one unit of work. <see cref="CommitAsync"/> makes the unit's changes
/// count; a unit that returns without committing (or throws) leaves no trace. Under SQLite's group
/// commit the scope is a savepoint inside a shared transaction, committed (one fsync) with its batch.
/// </summary>
internal sealed class WriteScope : IAsyncDisposable
{
    private readonly Func<CancellationToken, Task> _commit;
    private readonly Func<ValueTask> _dispose;

    public WriteScope(DbConnection connection, DbTransaction transaction, Func<CancellationToken, Task> commit, Func<ValueTask> dispose)
    {
        Connection = connection;
        Transaction = transaction;
        _commit = commit;
        _dispose = dispose;
    }

    public DbConnection Connection { get; }

    public DbTransaction Transaction { get; }

    public bool Committed { get; private set; }

    public async Task CommitAsync(CancellationToken cancellation)
    {
        await _commit(cancellation);
        Committed = true;
    }

    public DbCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = Connection.CreateCommand(sql, parameters);
        command.Transaction = Transaction;
        return command;
    }

    public ValueTask DisposeAsync() => _dispose();

    /// <summary>A scope owning its connection and transaction (disposing rolls back unless committed).</summary>
    public static WriteScope Own(DbConnection connection, DbTransaction transaction, Action? release) =>
        new(connection, transaction, transaction.CommitAsync, async () =>
        {
            try
            {
                await transaction.DisposeAsync();
                await connection.DisposeAsync();
            }
            finally
            {
                release?.Invoke();
            }
        });
}
