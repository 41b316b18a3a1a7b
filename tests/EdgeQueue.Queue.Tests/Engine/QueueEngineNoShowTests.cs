using EdgeQueue.Queue.Commands;
using EdgeQueue.Queue.Events;
using EdgeQueue.Queue.Results;
using EdgeQueue.Queue.State;
using EdgeQueue.Queue.Tests.Support;

namespace EdgeQueue.Queue.Tests.Engine;

public sealed class QueueEngineNoShowTests
{
    [Fact]
    public void NoShow_FullCycle_SetAsideRecalledAfterNextClientRemovedAfterThirdCall()
    {
        var site = new EngineDriver();
        site.OpenCounters(1);
        foreach (var _ in Enumerable.Range(0, 4))
        {
            site.Issue("A");
        }

        Assert.Equal("A001", site.Next(1));

        // No-show 1: A001 set aside, the next client is called at once.
        var first = site.Ok(new NoShow(1));
        Assert.Equal(("A001", TicketStatus.SetAside, "A002"), (first.Ticket!.Number, first.Ticket.Status, first.NowServing!.Number));
        Assert.IsType<TicketSetAside>(site.LastEvents[0]);

        // After that client, Next calls A001 again automatically (second call), ahead of A003.
        var recall = site.Ok(new CallNext(1));
        Assert.Equal(("A001", 2), (recall.NowServing!.Number, recall.NowServing.Calls));

        // No-show 2: set aside again; A003 called.
        Assert.Equal("A003", site.Ok(new NoShow(1)).NowServing!.Number);
        var third = site.Ok(new CallNext(1));
        Assert.Equal(("A001", 3), (third.NowServing!.Number, third.NowServing.Calls));

        // No-show 3: the limit; A001 is removed and A004 called.
        var removed = site.Ok(new NoShow(1));
        Assert.Equal(TicketStatus.RemovedAfterNoShows, removed.Ticket!.Status);
        Assert.Equal("A004", removed.NowServing!.Number);
        Assert.Equal(3, Assert.IsType<TicketRemovedAfterNoShows>(site.LastEvents[0]).CallCount);

        // A001 never comes back.
        Assert.Null(site.Next(1));
        Assert.Equal(TicketStatus.RemovedAfterNoShows, site.State.Tickets[1].Status);
    }

    [Fact]
    public void NoShow_NobodyElseWaiting_CounterIdleThenNextCallsItAgain()
    {
        var site = new EngineDriver();
        site.CallOneAt(1, "A");

        var reply = site.Ok(new NoShow(1));

        Assert.Null(reply.NowServing);
        Assert.Contains("nobody else", reply.Message, StringComparison.Ordinal);
        Assert.Equal("A001", site.Next(1));
        Assert.Equal(2, site.State.Tickets[1].Calls);
    }

    [Fact]
    public void NoShow_SetAsideTicket_NotTakenByAnotherOpenCounter()
    {
        var site = new EngineDriver();
        site.OpenCounters(1, 2);
        site.Issue("A");
        site.Issue("A");
        site.Next(1);
        site.Ok(new NoShow(1)); // A001 aside at 1, A002 called at 1

        Assert.Equal(QueueError.NothingToCall, site.Run(new CallNext(2)).Error);
    }

    [Fact]
    public void NoShow_CounterClosedLater_SetAsideTicketGoesToAnotherCounter()
    {
        var site = new EngineDriver();
        site.OpenCounters(1, 2);
        site.Issue("A");
        site.Next(1);
        site.Ok(new NoShow(1));
        site.Ok(new CloseCounter(1));

        Assert.Equal("A001", site.Next(2));
    }

    [Fact]
    public void NoShow_LimitOfOne_RemovesAtFirstNoShow()
    {
        var site = new EngineDriver(TestSite.Configuration(c => c with { NoShowCallLimit = 1 }));
        site.CallOneAt(1, "A");

        Assert.Equal(TicketStatus.RemovedAfterNoShows, site.Ok(new NoShow(1)).Ticket!.Status);
    }
}
