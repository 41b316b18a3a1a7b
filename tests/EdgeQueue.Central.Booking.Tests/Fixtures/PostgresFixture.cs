using EdgeQueue.Testing;

namespace EdgeQueue.Central.Booking.Tests.Fixtures;

/// <summary>One throwaway PostgreSQL server for every PostgreSQL test; each test gets its own database.</summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private PostgresRunner? _server;
    private int _databases;

    public async Task InitializeAsync() => _server = await PostgresRunner.StartAsync();

    public Task<string> NewDatabaseAsync() =>
        _server!.CreateDatabaseAsync($"booking_{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}");

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
