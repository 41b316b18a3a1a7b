using EdgeQueue.Queue.Commands;
using EdgeQueue.Queue.Results;
using EdgeQueue.Queue.Storage;
using EdgeQueue.Queue.Tests.Support;
using EdgeQueue.Testing;
using Xunit.Abstractions;

namespace EdgeQueue.Queue.Tests.Storage;

/// <summary>
/// A disk that fills up, turns read-only or is readable by others. On a real tmpfs when the tests
/// run as root (mount permitted); elsewhere through the store's FailCommits seam, and each test
/// says which ran.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class SiteQueueStorageFaultTests : IDisposable
{
    private const long DiskBytes = 4 * 1024 * 1024;

    private readonly ITestOutputHelper _output;
    private readonly TmpfsMount? _disk;

    public SiteQueueStorageFaultTests(ITestOutputHelper output)
    {
        _output = output;
        _disk = TmpfsMount.TryMount(DiskBytes, out var whyNot);
        output.WriteLine(_disk is null
            ? $"no tmpfs ({whyNot}): the store's FailCommits seam plays the full disk"
            : $"a real tmpfs of {DiskBytes} bytes at {_disk.Path}");
    }

    public void Dispose() => _disk?.Dispose();

    [Fact]
    public async Task ExecuteAsync_DiskFullAtCommit_StorageFailureUntilSpaceReturnsThenServesWithoutReopening()
    {
        using var fixture = new QueueFixture(TestSite.AlwaysOpen(), folder: _disk?.Path);
        using var queue = fixture.Open();
        Assert.True((await queue.ExecuteAsync(new IssueTicket("A"), "disp-01.1.1")).Accepted);
        var before = queue.State;

        Fill(queue);
        var refused = new List<CommandResult>();
        for (var i = 2; i <= 5; i++)
        {
            refused.Add(await queue.ExecuteAsync(new IssueTicket("A"), $"disp-01.1.{i}"));
        }

        Assert.All(refused, r => Assert.Equal(QueueError.StorageFailure, r.Error));
        Assert.Contains("full", refused[0].Message, StringComparison.Ordinal);
        Assert.Equal(before, queue.State);
        Assert.True(queue.Storage.Failing);
        Assert.Contains("full", queue.Storage.Problem, StringComparison.Ordinal);

        Free(queue);
        var served = await queue.ExecuteAsync(new IssueTicket("A"), "disp-01.1.2");

        Assert.Equal(("A002", false), (served.Ticket!.Number, served.IsDuplicate));
        Assert.False(queue.Storage.Failing);
        using var reopened = fixture.Reopen(queue);
        Assert.Equal(["A001", "A002"], reopened.State.Tickets.Values.Select(t => t.Number));
        Assert.Equal(reopened.State, reopened.Store.Replay());
    }

    [Fact]
    public async Task Storage_SpaceReturnsWithoutAnyCommand_ProbeClearsTheFailure()
    {
        using var fixture = new QueueFixture(TestSite.AlwaysOpen(), folder: _disk?.Path);
        using var queue = fixture.Open();
        var changes = new List<StorageStatus>();
        queue.StorageChanged += changes.Add;
        await queue.ExecuteAsync(new IssueTicket("A"), "disp-01.1.1");
        Fill(queue);
        await queue.ExecuteAsync(new IssueTicket("A"), "disp-01.1.2");
        fixture.Clock.Advance(new SiteQueueOptions().StorageProbeInterval);
        Assert.True(queue.Storage.Failing, "still full: the probe fails too");

        Free(queue);
        fixture.Clock.Advance(new SiteQueueOptions().StorageProbeInterval);

        Assert.False(queue.Storage.Failing);
        Assert.Equal([true, false], changes.Select(c => c.Failing));
    }

    [Fact]
    public async Task Dispose_WhileTheDiskIsFull_ClosesWithoutThrowing()
    {
        using var fixture = new QueueFixture(TestSite.AlwaysOpen(), folder: _disk?.Path);
        var queue = fixture.Open();
        await queue.ExecuteAsync(new IssueTicket("A"), "disp-01.1.1");
        Fill(queue);
        Assert.Equal(QueueError.StorageFailure, (await queue.ExecuteAsync(new IssueTicket("A"), "disp-01.1.2")).Error);

        var closing = Record.Exception(queue.Dispose);

        Assert.Null(closing);
        Free(queue);
        using var reopened = fixture.Open();
        Assert.Equal(["A001"], reopened.State.Tickets.Values.Select(t => t.Number));
    }

    [Fact]
    public void Open_NewStore_DatabaseWalAndShmOwnerOnly()
    {
        using var fixture = new QueueFixture();
        using var queue = fixture.Open();
        queue.Execute(new IssueTicket("A"), "disp-01.1.1");

        foreach (var file in new[] { fixture.DatabasePath, fixture.DatabasePath + "-wal", fixture.DatabasePath + "-shm" })
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }

    [Fact]
    public void Open_StoreAnOlderHubLeftReadableByOthers_NarrowedToOwnerOnly()
    {
        using var fixture = new QueueFixture();
        fixture.Reopen(fixture.Open()).Dispose();
        File.SetUnixFileMode(fixture.DatabasePath, (UnixFileMode)0b110_100_100);

        using var queue = fixture.Open();

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(fixture.DatabasePath));
    }

    [Fact]
    public void Open_ReadOnlyFolder_RefusedAtOpenNamingTheFile()
    {
        using var fixture = new QueueFixture(folder: _disk?.Path);
        fixture.Reopen(fixture.Open()).Dispose();
        if (_disk is not null)
        {
            _disk.RemountReadOnly();
        }
        else if (Environment.UserName != "root")
        {
            _output.WriteLine("read-only by permissions (chmod 0555 folder, 0444 file)");
            File.SetUnixFileMode(fixture.DatabasePath, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
            File.SetUnixFileMode(fixture.Folder, (UnixFileMode)0b101_101_101);
        }
        else
        {
            throw new InvalidOperationException("root without mount permission: permissions cannot make a folder read-only for root");
        }

        var refused = Assert.Throws<QueueStoreException>(() => fixture.Open());

        Assert.Contains(fixture.DatabasePath, refused.Message, StringComparison.Ordinal);
        Assert.Contains("read-only", refused.Message, StringComparison.Ordinal);
    }

    private void Fill(SiteQueue queue)
    {
        if (_disk is null)
        {
            queue.Store.FailCommits = true;
        }
        else
        {
            _disk.Fill();
            _output.WriteLine($"tmpfs filled: {_disk.FreeBytes} bytes free");
        }
    }

    private void Free(SiteQueue queue)
    {
        if (_disk is null)
        {
            queue.Store.FailCommits = false;
        }
        else
        {
            _disk.Free();
        }
    }
}
