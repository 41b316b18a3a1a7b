using EdgeQueue.Central.Sync.Storage;
using EdgeQueue.Sync.Tests.Support;

namespace EdgeQueue.Sync.Tests.Storage;

/// <summary>The store as several centrals share it: the sync tables in one PostgreSQL database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresCentralSyncStoreTests(PostgresServer server) : CentralSyncStoreTests, IAsyncLifetime
{
    private string _connectionString = "";

    public async Task InitializeAsync() => _connectionString = await server.NewDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task StoreEvents_TwoCentralsStoreOverlappingBatchesAtOnce_EachEventOnceAndTheAckAtTheEnd()
    {
        using var first = Open();
        using var second = Open();
        var batches = Enumerable.Range(0, 40).Select(i => Events(1, 5 + (i * 5))).ToList();

        await Task.WhenAll(
            Task.Run(() => batches.ForEach(b => first.StoreEvents(Site, b))),
            Task.Run(() => batches.ForEach(b => second.StoreEvents(Site, b))));

        var stored = await first.ReadEventsAsync(Site, 0, 1000);
        Assert.Equal(Enumerable.Range(1, 200).Select(i => (long)i), stored.Select(e => e.Seq));
        Assert.Equal(200, second.EventsAcked(Site));
        Assert.True(first.Shared);
    }

    [Fact]
    public void Open_TwoCentralsStartingTogether_BothFindOneSchema()
    {
        var opened = Enumerable.Range(0, 4).AsParallel().Select(_ => Open()).ToList();
        try
        {
            opened[0].StoreEvents(Site, Events(1, 3));
            Assert.All(opened, store => Assert.Equal(3, store.EventsAcked(Site)));
        }
        finally
        {
            opened.ForEach(store => store.Dispose());
        }
    }

    [Fact]
    public void Open_UnreachableServer_RefusedNamingTheDatabase()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            CentralSyncStore.OpenPostgres("Host=127.0.0.1;Port=1;Database=nowhere;Username=x;Timeout=2", TimeProvider.System));

        Assert.Contains("PostgreSQL 127.0.0.1:1/nowhere", error.Message, StringComparison.Ordinal);
    }

    protected override CentralSyncStore Open() => CentralSyncStore.OpenPostgres(_connectionString, TimeProvider.System);
}
