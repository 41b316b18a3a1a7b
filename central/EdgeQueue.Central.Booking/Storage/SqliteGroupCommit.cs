using System.Data.Common;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace EdgeQueue.Central.Booking.Storage;

/// <summary>
/// Group commit for SQLite: writers queue their units of work; one loop runs whatever is waiting,
/// each unit in its own savepoint of one shared transaction, and commits the batch with a single
/// fsync. A unit that fails or does not commit is rolled back to its savepoint alone. With
/// <c>synchronous=FULL</c> an fsync costs milliseconds, so this is what lets a rush of bookings
/// through without giving up durability: every caller is answered only after its commit.
/// </summary>
internal sealed class SqliteGroupCommit : IAsyncDisposable
{
    private const int MaxBatch = 256;
    private readonly Channel<PendingWrite> _queue = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Func<CancellationToken, Task<DbConnection>> _open;
    private readonly SemaphoreSlim _writerGate;
    private readonly Task _loop;

    public SqliteGroupCommit(Func<CancellationToken, Task<DbConnection>> open, SemaphoreSlim writerGate)
    {
        _open = open;
        _writerGate = writerGate;
        _loop = Task.Run(RunAsync);
    }

    public Task<T> RunAsync<T>(Func<WriteScope, Task<T>> work, CancellationToken cancellation)
    {
        var pending = new PendingWrite(async scope => await work(scope), cancellation);
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(SqliteGroupCommit));
        }

        return Unwrap<T>(pending.Task);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
    }

    private static async Task<T> Unwrap<T>(Task<object?> task) => (T)(await task)!;

    private async Task RunAsync()
    {
        var batch = new List<PendingWrite>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var next))
            {
                if (next.Cancellation.IsCancellationRequested)
                {
                    next.Cancel();
                }
                else
                {
                    batch.Add(next);
                }
            }

            if (batch.Count > 0)
            {
                await CommitBatchAsync(batch);
            }
        }
    }

    private async Task CommitBatchAsync(List<PendingWrite> batch)
    {
        await _writerGate.WaitAsync();
        try
        {
            await using var connection = await _open(CancellationToken.None);
            await using var transaction = ((SqliteConnection)connection).BeginTransaction(deferred: false);
            foreach (var pending in batch)
            {
                await pending.RunAsync(connection, transaction);
            }

            await transaction.CommitAsync();
            batch.ForEach(p => p.Complete());
        }
        catch (Exception e)
        {
            batch.ForEach(p => p.Fail(e));
        }
        finally
        {
            _writerGate.Release();
        }
    }

    private sealed class PendingWrite(Func<WriteScope, Task<object?>> work, CancellationToken cancellation)
    {
        private readonly TaskCompletionSource<object?> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private object? _result;
        private Exception? _error;

        public CancellationToken Cancellation => cancellation;

        public Task<object?> Task => _done.Task;

        public async Task RunAsync(DbConnection connection, DbTransaction transaction)
        {
            await Execute(connection, transaction, "SAVEPOINT unit");
            var scope = new WriteScope(connection, transaction, _ => System.Threading.Tasks.Task.CompletedTask, () => ValueTask.CompletedTask);
            try
            {
                _result = await work(scope);
            }
            catch (Exception e)
            {
                _error = e;
            }

            if (_error is not null || !scope.Committed)
            {
                await Execute(connection, transaction, "ROLLBACK TO unit");
            }

            await Execute(connection, transaction, "RELEASE unit");
        }

        public void Complete()
        {
            if (_error is not null)
            {
                _done.TrySetException(_error);
            }
            else
            {
                _done.TrySetResult(_result);
            }
        }

        public void Fail(Exception batchError) => _done.TrySetException(_error ?? batchError);

        public void Cancel() => _done.TrySetCanceled(cancellation);

        private static async Task Execute(DbConnection connection, DbTransaction transaction, string sql)
        {
            await using var command = connection.CreateCommand(sql);
            command.Transaction = transaction;
            await command.ExecuteNonQueryAsync();
        }
    }
}
