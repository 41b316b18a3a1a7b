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
    public void RecordCall_RecallOfListedTicket_MovesItToTopOnce()
    {
        var board = new HallBoard(TestSite.Create());
        board.RecordCall(new HallCall("A001", 1, At));
        board.RecordCall(new HallCall("B001", 2, At.AddMinutes(1)));
        HallView? pushed = null;
        board.Changed += v => pushed = v;

        board.RecordCall(new HallCall("A001", 1, At.AddMinutes(2), Recall: true));

        Assert.Equal(["A001", "B001"], board.Calls.Calls.Select(c => c.Ticket));
        Assert.True(board.Calls.Calls[0].Recall);
        Assert.NotNull(pushed);
        Assert.Equal(board.Current.Version, pushed.Version);
    }

    [Fact]
    public void CurrentJson_PolishNames_WrittenReadably()
    {
        var json = new HallBoard(TestSite.Create()).CurrentJson;

        Assert.Contains("\"name\":\"Rejestracja pojazdów\"", json, StringComparison.Ordinal);
        Assert.Contains("\"timeZone\":\"Europe/Warsaw\"", json, StringComparison.Ordinal);
    }
}
