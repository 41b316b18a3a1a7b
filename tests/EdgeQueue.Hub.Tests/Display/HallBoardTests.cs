using EdgeQueue.Contracts.Messages;
using EdgeQueue.Hub.Display;
using EdgeQueue.Hub.Tests.Support;

namespace EdgeQueue.Hub.Tests.Display;

public sealed class HallBoardTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 21, 9, 15, 0, TimeSpan.FromHours(1));

    [Fact]
    public void RecordCall_ManyCalls_NewestFirstUpToSiteLimit()
    {
        var board = new HallBoard(TestSite.Create(json => json["display"] = new System.Text.Json.Nodes.JsonObject { ["recentCalls"] = 3 }));

        foreach (var n in Enumerable.Range(1, 5))
        {
            board.RecordCall(new HallCall($"A00{n}", n, At.AddMinutes(n)));
        }

        Assert.Equal(["A005", "A004", "A003"], board.Calls.Calls.Select(c => c.Ticket));
    }

    [Fact]
    public void RecordCall_RecallOfAnOlderTicket_BelowTheNewestCallMarkedOnce()
    {
        var board = new HallBoard(TestSite.Create());
        board.RecordCall(new HallCall("A001", 1, At));
        board.RecordCall(new HallCall("B001", 2, At.AddMinutes(1)));
        board.RecordCall(new HallCall("C001", 3, At.AddMinutes(2)));
        HallView? pushed = null;
        board.Changed += v => pushed = v;

        board.RecordCall(new HallCall("A001", 1, At.AddMinutes(3), Recall: true));

        // The panel keeps C001, the newest call; the recall heads the list below it, once.
        Assert.Equal([("C001", false), ("A001", true), ("B001", false)], board.Calls.Calls.Select(c => (c.Ticket, c.Recall)));
        Assert.NotNull(pushed);
        Assert.Equal(board.Current.Version, pushed.Version);
    }

    [Fact]
    public void RecordCall_RecallOfThePanelsTicket_StaysOnThePanelMarked()
    {
        var board = new HallBoard(TestSite.Create());
        board.RecordCall(new HallCall("A001", 1, At));
        board.RecordCall(new HallCall("B001", 2, At.AddMinutes(1)));

        board.RecordCall(new HallCall("B001", 2, At.AddMinutes(2), Recall: true));

        Assert.Equal([("B001", true), ("A001", false)], board.Calls.Calls.Select(c => (c.Ticket, c.Recall)));
        Assert.Equal(At.AddMinutes(2), board.Calls.Calls[0].At);
    }

    [Fact]
    public void RecordCall_NextCallAfterARecall_TakesThePanelAndTheRecallMovesDown()
    {
        var board = new HallBoard(TestSite.Create());
        board.RecordCall(new HallCall("A001", 1, At));
        board.RecordCall(new HallCall("B001", 2, At.AddMinutes(1)));
        board.RecordCall(new HallCall("A001", 1, At.AddMinutes(2), Recall: true));

        board.RecordCall(new HallCall("C001", 3, At.AddMinutes(3)));

        Assert.Equal(["C001", "B001", "A001"], board.Calls.Calls.Select(c => c.Ticket));
    }

    [Fact]
    public void RecordCall_RecallAsTheFirstLine_OnThePanel()
    {
        var board = new HallBoard(TestSite.Create());

        board.RecordCall(new HallCall("A001", 1, At, Recall: true));

        Assert.Equal([("A001", true)], board.Calls.Calls.Select(c => (c.Ticket, c.Recall)));
    }

    [Fact]
    public void CurrentJson_PolishNames_WrittenReadably()
    {
        var json = new HallBoard(TestSite.Create()).CurrentJson;

        Assert.Contains("\"name\":\"Rejestracja pojazdów\"", json, StringComparison.Ordinal);
        Assert.Contains("\"timeZone\":\"Europe/Warsaw\"", json, StringComparison.Ordinal);
    }
}
