using EdgeQueue.Central.Sync.Storage;
using EdgeQueue.Testing;

namespace EdgeQueue.Sync.Tests.Storage;

/// <summary>The store as one central runs it: <c>sync.db</c> in its data folder.</summary>
public sealed class SqliteCentralSyncStoreTests : CentralSyncStoreTests, IDisposable
{
    private readonly TempDirectory _folder = new("eq-sync-store");

    [Fact]
    public void Open_FileThatIsNotSqlite_RefusedNamingTheFile()
    {
        var path = _folder.File("sync.db");
        File.WriteAllText(path, "not a database at all, just text that is long enough to be read as a header");

        var error = Assert.Throws<InvalidOperationException>(() => CentralSyncStore.Open(path, TimeProvider.System));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    protected override CentralSyncStore Open() => CentralSyncStore.Open(_folder.File(CentralSyncStore.FileName), TimeProvider.System);
}
