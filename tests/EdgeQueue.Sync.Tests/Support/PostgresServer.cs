using EdgeQueue.Testing;

namespace EdgeQueue.Sync.Tests.Support;

/// <summary>One throwaway PostgreSQL server for the sync tests that need one; each test takes its own database.</summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private PostgresRunner? _server;
    private int _databases;

    public PostgresRunner Runner => _server ?? throw new InvalidOperationException("the server has not started");

    public async Task InitializeAsync() => _server = await PostgresRunner.StartAsync();

    public Task<string> NewDatabaseAsync() =>
        Runner.CreateDatabaseAsync($"sync_{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}");

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
