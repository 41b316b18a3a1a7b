using EdgeQueue.Simulator.Hall;
using EdgeQueue.Testing;

namespace EdgeQueue.Simulator.Tests.Hall;

public sealed class PreviousRunTests
{
    [Fact]
    public async Task MoveAside_DataOfAnEarlierDemo_MovedWholeAndTheFolderFreeForANewDay()
    {
        using var folder = new TempDirectory("eq-previous-run");
        var data = Path.Combine(folder.Path, "data");
        Directory.CreateDirectory(data);
        await File.WriteAllTextAsync(Path.Combine(data, "queue.db"), "yesterday");

        var moved = PreviousRun.MoveAside(data);

        Assert.NotNull(moved);
        Assert.StartsWith(data + "-previous-", moved, StringComparison.Ordinal);
        Assert.Equal("yesterday", await File.ReadAllTextAsync(Path.Combine(moved, "queue.db")));
        Assert.False(Directory.Exists(data));
    }

    [Fact]
    public void MoveAside_NoDatabase_NothingMoved()
    {
        using var folder = new TempDirectory("eq-previous-run");

        Assert.Null(PreviousRun.MoveAside(Path.Combine(folder.Path, "data")));
    }
}
