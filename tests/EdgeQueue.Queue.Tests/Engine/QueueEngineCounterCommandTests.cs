using EdgeQueue.Queue.Commands;
using EdgeQueue.Queue.Events;
using EdgeQueue.Queue.Results;
using EdgeQueue.Queue.State;
using EdgeQueue.Queue.Tests.Support;

namespace EdgeQueue.Queue.Tests.Engine;

public sealed class QueueEngineCounterCommandTests
{
    public static TheoryData<CounterCommand, string> ClientCommands => new()
    {
        { new Recall(1), "recall" },
        { new NoShow(1), "mark as no-show" },
        { new Done(1), "finish" },
        { new Transfer(1, "B"), "transfer" },
    };

    [Theory]
    [MemberData(nameof(ClientCommands))]
    public void ClientCommand_NoCurrentTicket_RefusedNamingTheAction(CounterCommand command, string action)
    {
        var site = new EngineDriver();
        site.OpenCounters(1);

        var reply = site.Run(command);

        Assert.Equal(QueueError.NoCurrentTicket, reply.Error);
        Assert.Equal($"counter 1 has no current ticket to {action}", reply.Message);
        Assert.Empty(site.LastEvents);
    }

    [Fact]
    public void Recall_CurrentTicket_RepeatsWithoutCountingACall()
    {
        var site = new EngineDriver();
        site.CallOneAt(1, "A");

        var reply = site.Ok(new Recall(1));

        var recalled = Assert.IsType<TicketRecalled>(Assert.Single(site.LastEvents));
        Assert.Equal(("A001", 1, 1), (recalled.Number, recalled.Counter, recalled.CallCount));
        Assert.Equal(1, site.State.Tickets[1].Calls);
        Assert.Equal("A001", reply.NowServing!.Number);
    }

    [Fact]
    public void Done_CurrentTicket_ServedAndCounterFree()
    {
        var site = new EngineDriver();
        site.CallOneAt(1, "A");
        site.Advance(TimeSpan.FromMinutes(3));

        var reply = site.Ok(new Done(1));

        Assert.Equal(TicketStatus.Served, reply.Ticket!.Status);
        Assert.Null(site.State.CounterOf(1).CurrentTicketId);
        Assert.Equal([TimeSpan.FromMinutes(3)], site.State.CategoryDayOf("A").RecentServiceTimes);
    }

    [Fact]
    public void Transfer_CurrentTicket_KeepsIssueTimeAndGoesAheadOfLaterTickets()
    {
        var site = new EngineDriver();
        site.OpenCounters(1, 3);
        site.Issue("A");
        site.Advance(TimeSpan.FromMinutes(5));
        site.Issue("C");
        site.Next(1);

        var reply = site.Ok(new Transfer(1, "C"));

        var moved = Assert.IsType<TicketTransferred>(Assert.Single(site.LastEvents));
        Assert.Equal(("A", "C"), (moved.FromCategory, moved.ToCategory));
        Assert.Equal(("A001", "C", TicketStatus.Waiting, 0), (reply.Ticket!.Number, reply.Ticket.Category, reply.Ticket.Status, reply.Ticket.PeopleAhead));
        Assert.Equal(TestSite.MondayNine, site.State.Tickets[1].IssuedAt);
        Assert.Null(site.State.CounterOf(1).CurrentTicketId);
        Assert.Equal("A001", site.Next(3)); // issued before C001, so called first
    }

    [Fact]
    public void Transfer_UnknownCategory_RefusedTicketStays()
    {
        var site = new EngineDriver();
        site.CallOneAt(1, "A");

        var reply = site.Run(new Transfer(1, "X"));

        Assert.Equal(QueueError.UnknownCategory, reply.Error);
        Assert.Contains("transfer to unknown category 'X'", reply.Message, StringComparison.Ordinal);
        Assert.Equal(1, site.State.CounterOf(1).CurrentTicketId);
    }

    [Fact]
    public void Transfer_SameCategory_Refused()
    {
        var site = new EngineDriver();
        site.CallOneAt(1, "A");

        Assert.Equal(QueueError.SameCategory, site.Run(new Transfer(1, "A")).Error);
    }

    [Fact]
    public void OpenCounter_Twice_SecondChangesNothing()
    {
        var site = new EngineDriver();
        site.Ok(new OpenCounter(1));

        var again = site.Ok(new OpenCounter(1));

        Assert.Empty(site.LastEvents);
        Assert.Contains("already open", again.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenCounter_Unknown_Refused()
    {
        var site = new EngineDriver();

        Assert.Equal(QueueError.UnknownCounter, site.Run(new OpenCounter(9)).Error);
    }

    [Fact]
    public void CloseCounter_WhileServing_RefusedAsBusy()
    {
        var site = new EngineDriver();
        site.CallOneAt(1, "A");

        var reply = site.Run(new CloseCounter(1));

        Assert.Equal(QueueError.CounterBusy, reply.Error);
        Assert.True(site.State.CounterOf(1).Open);
    }

    [Fact]
    public void CloseCounter_Idle_ClosedAndCommandsRefused()
    {
        var site = new EngineDriver();
        site.OpenCounters(1);

        site.Ok(new CloseCounter(1));

        Assert.IsType<CounterClosed>(Assert.Single(site.LastEvents));
        Assert.Equal(QueueError.CounterClosed, site.Run(new Recall(1)).Error);
        Assert.Equal(QueueError.CounterClosed, site.Run(new Transfer(1, "B")).Error);
    }
}
