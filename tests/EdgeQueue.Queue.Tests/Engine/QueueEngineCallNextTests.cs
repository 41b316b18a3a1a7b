using EdgeQueue.Queue.Commands;
using EdgeQueue.Queue.Events;
using EdgeQueue.Queue.Results;
using EdgeQueue.Queue.State;
using EdgeQueue.Queue.Tests.Support;

namespace EdgeQueue.Queue.Tests.Engine;

public sealed class QueueEngineCallNextTests
{
    [Fact]
    public void CallNext_LongestWait_OldestAcrossCategories()
    {
        var site = new EngineDriver();
        site.OpenCounters(1);
        site.Issue("B");
        site.Advance(TimeSpan.FromMinutes(1));
        site.Issue("A");

        Assert.Equal("B001", site.Next(1));
        Assert.Equal("A001", site.Next(1));
    }

    [Fact]
    public void CallNext_StrictOrder_FirstCategoryFirstEvenIfYounger()
    {
        var site = new EngineDriver();
        site.OpenCounters(2);
        site.Issue("A");
        site.Advance(TimeSpan.FromMinutes(1));
        site.Issue("B");

        Assert.Equal("B001", site.Next(2)); // counter 2 serves B before A
        Assert.Equal("A001", site.Next(2));
    }

    [Fact]
    public void CallNext_WithCurrentTicket_ServesItThenCalls()
    {
        var site = new EngineDriver();
        site.OpenCounters(1);
        site.Issue("A");
        site.Issue("A");
        site.Next(1);
        site.Advance(TimeSpan.FromMinutes(4));

        var reply = site.Ok(new CallNext(1));

        Assert.Collection(site.LastEvents,
            e => Assert.Equal(TimeSpan.FromMinutes(4), Assert.IsType<TicketServed>(e).ServiceTime),
            e => Assert.Equal("A002", Assert.IsType<TicketCalled>(e).Number));
        Assert.Equal("A002", reply.NowServing!.Number);
        Assert.Equal(TicketStatus.Served, site.State.Tickets[1].Status);
    }

    [Fact]
    public void CallNext_NobodyWaiting_NothingToCall()
    {
        var site = new EngineDriver();
        site.OpenCounters(1);

        var reply = site.Run(new CallNext(1));

        Assert.Equal(QueueError.NothingToCall, reply.Error);
        Assert.Contains("nobody is waiting", reply.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CallNext_LastClientServedAndNobodyWaiting_AcceptedWithServedTicket()
    {
        var site = new EngineDriver();
        site.CallOneAt(1, "A");

        var reply = site.Ok(new CallNext(1));

        Assert.Equal("A001", reply.Ticket!.Number);
        Assert.Equal(TicketStatus.Served, reply.Ticket.Status);
        Assert.Null(reply.NowServing);
    }

    [Fact]
    public void CallNext_ClosedCounter_Refused()
    {
        var site = new EngineDriver();
        site.Issue("A");

        var reply = site.Run(new CallNext(1));

        Assert.Equal(QueueError.CounterClosed, reply.Error);
        Assert.Equal(TicketStatus.Waiting, site.State.Tickets[1].Status);
    }

    [Fact]
    public void CallNext_UnknownCounter_Refused()
    {
        var site = new EngineDriver();

        var reply = site.Run(new CallNext(42));

        Assert.Equal(QueueError.UnknownCounter, reply.Error);
        Assert.Contains("42", reply.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CallNext_OtherCategoriesOnly_NothingToCall()
    {
        var site = new EngineDriver();
        site.OpenCounters(3);
        site.Issue("A");

        Assert.Equal(QueueError.NothingToCall, site.Run(new CallNext(3)).Error);
    }

    [Fact]
    public void CallNext_TwoCounters_NeverTheSameTicket()
    {
        var site = new EngineDriver();
        site.OpenCounters(1, 2);
        site.Issue("A");
        site.Issue("A");

        Assert.Equal("A001", site.Next(1));
        Assert.Equal("A002", site.Next(2));
        Assert.Null(site.Next(2)); // serves A002; A001 is at counter 1, not to be called again
        Assert.Equal(1, site.State.Tickets[1].Counter);
        Assert.Equal(TicketStatus.Called, site.State.Tickets[1].Status);
    }
}
