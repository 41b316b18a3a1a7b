using System.Data.Common;

namespace EdgeQueue.Central.Booking.Storage;

/// <summary>
/// The booking store: migrates (and seeds a fresh install) once before first use, hands out read
/// connections and write transactions, and retries a write transaction that lost a deadlock.
/// </summary>
internal sealed class BookingDatabase : IAsyncDisposable
{
    private const int MaxAttempts = 5;
    private readonly BookingClock _clock;
    private readonly BookingOptions _options;
    private readonly Lazy<Task> _ready;

    public BookingDatabase(SqlDialect dialect, BookingClock clock, BookingOptions options)
    {
        Dialect = dialect;
        _clock = clock;
        _options = options;
        _ready = new Lazy<Task>(() => PrepareAsync(CancellationToken.None), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public SqlDialect Dialect { get; }

    public Task EnsureReadyAsync(CancellationToken cancellation) => _ready.Value.WaitAsync(cancellation);

    public async Task<DbConnection> OpenAsync(CancellationToken cancellation)
    {
        await EnsureReadyAsync(cancellation);
        return await Dialect.OpenAsync(cancellation);
    }

    public async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> read, CancellationToken cancellation)
    {
        await using var connection = await OpenAsync(cancellation);
        return await read(connection);
    }

    /// <summary>Runs <paramref name="work"/> in a write transaction; it commits on success, anything else rolls back.</summary>
    public async Task<T> WriteAsync<T>(Func<WriteScope, Task<T>> work, CancellationToken cancellation)
    {
        await EnsureReadyAsync(cancellation);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await Dialect.RunWriteAsync(work, cancellation);
            }
            catch (Exception e) when (attempt < MaxAttempts && Dialect.IsTransient(e))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(5 * attempt * Random.Shared.Next(1, 4)), cancellation);
            }
        }
    }

    public ValueTask DisposeAsync() => Dialect.DisposeAsync();

    private async Task PrepareAsync(CancellationToken cancellation)
    {
        await SchemaMigrator.MigrateAsync(Dialect, SchemaMigrations.All, _clock.UtcNow.ToUnixTimeMilliseconds(), cancellation);
        if (_options.SeedCatalogue)
        {
            await CatalogueSeed.SeedIfEmptyAsync(Dialect, _clock, cancellation);
        }
    }
}
