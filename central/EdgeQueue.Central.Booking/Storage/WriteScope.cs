using System.Data.Common;

namespace EdgeQueue.Central.Booking.Storage;

/// <summary>An open connection with a write transaction; disposing rolls back unless committed.</summary>
internal sealed class WriteScope : IAsyncDisposable
{
    private readonly Action? _release;
    private bool _released;

    public WriteScope(DbConnection connection, DbTransaction transaction, Action? release)
    {
        Connection = connection;
        Transaction = transaction;
        _release = release;
    }

    public DbConnection Connection { get; }

    public DbTransaction Transaction { get; }

    public Task CommitAsync(CancellationToken cancellation) => Transaction.CommitAsync(cancellation);

    public DbCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = Connection.CreateCommand(sql, parameters);
        command.Transaction = Transaction;
        return command;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Transaction.DisposeAsync();
            await Connection.DisposeAsync();
        }
        finally
        {
            if (!_released)
            {
                _released = true;
                _release?.Invoke();
            }
        }
    }
}
