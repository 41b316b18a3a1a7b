using EdgeQueue.Hardware.LedBoard;
using EdgeQueue.Hub.Site;
using EdgeQueue.Hub.Site.Validation;
using EdgeQueue.Hub.Tests.Support;
using EdgeQueue.Queue.Configuration;
using Iot.Device.Max7219;

namespace EdgeQueue.Hub.Tests.Site.Validation;

public sealed class LedBoardSectionValidatorTests
{
    private static readonly IReadOnlyList<CounterDefinition> Counters = TestSite.Create().Queue.Counters;

    [Fact]
    public void Build_EightModulesInTwoRows_FourPerRowFirstCountersShown()
    {
        var problems = new List<string>();

        var board = new LedBoardSectionValidator(new SiteProblems(problems)).Build(
            new LedBoardSection { Spi = new SpiSection { Bus = 0, Cs = 1 }, Modules = 8, Rows = 2, Rotation = "half" }, Counters);

        Assert.Empty(problems);
        Assert.Equal(new LedBoardLayout(2, 4), board!.Layout);
        Assert.Equal((0, 1, RotationType.Half, 8), (board.Bus, board.ChipSelect, board.Rotation, board.Brightness));
        Assert.Equal([1, 2], board.Counters);
    }

    [Fact]
    public void Build_Wrong_EveryProblemWithItsPath()
    {
        var problems = new List<string>();

        new LedBoardSectionValidator(new SiteProblems(problems)).Build(
            new LedBoardSection { Modules = 7, Rows = 2, Rotation = "upside-down", Brightness = 16, Counters = [1, 9, 2] }, Counters);

        Assert.Equal(
        [
            "ledBoard.rows: 2 rows do not divide 7 modules evenly",
            "ledBoard.rotation: 'upside-down' must be none, half, left or right",
            "ledBoard.brightness: 16 must be 0-15",
            "ledBoard.counters: counter 9 is not in counters",
            "ledBoard.counters: 3 counters for 2 rows",
        ], problems);
    }

    [Fact]
    public void Build_NoSection_NoBoard()
    {
        var problems = new List<string>();

        Assert.Null(new LedBoardSectionValidator(new SiteProblems(problems)).Build(null, Counters));
        Assert.Empty(problems);
    }

    [Fact]
    public void Build_CaptureAndSpiBoth_Refused()
    {
        var problems = new List<string>();

        new LedBoardSectionValidator(new SiteProblems(problems)).Build(
            new LedBoardSection { Spi = new SpiSection(), Capture = "ledboard.spi", Modules = 4 }, Counters);

        Assert.Equal(["ledBoard: give spi (the board) or capture (a file for a demo), not both"], problems);
    }
}
