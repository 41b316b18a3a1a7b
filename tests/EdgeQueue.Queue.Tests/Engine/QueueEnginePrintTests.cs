using EdgeQueue.Queue.Commands;
using EdgeQueue.Queue.Events;
using EdgeQueue.Queue.Results;
using EdgeQueue.Queue.State;
using EdgeQueue.Queue.Tests.Support;

namespace EdgeQueue.Queue.Tests.Engine;

/// <summary>The print outcome is part of the ticket's record: a walk-in nobody holds is void (a booked one: QueueEngineBookingTests).</summary>
public sealed class QueueEnginePrintTests
{
    [Fact]
    public void RecordPrint_Printed_RecordedOnTheTicket()
    {
        var site = new EngineDriver();
        var ticket = site.Ok(new IssueTicket("A")).Ticket!;

        var reply = site.Ok(new RecordPrint(ticket.Id, Printed: true));

        Assert.IsType<TicketPrinted>(Assert.Single(site.LastEvents));
        Assert.Equal(TicketPrint.Printed, reply.Ticket!.Print);
        Assert.Equal((TicketPrint.Printed, TicketStatus.Waiting), (site.State.Tickets[ticket.Id].Print, site.State.Tickets[ticket.Id].Status));
    }

    [Fact]
    public void RecordPrint_WalkInNotPrinted_VoidAndNeverCalled()
    {
        var site = new EngineDriver();
        site.OpenCounters(1);
        var ticket = site.Ok(new IssueTicket("A")).Ticket!;

        site.Ok(new RecordPrint(ticket.Id, Printed: false, "paper out"));

        Assert.Equal(["TicketNotPrinted", "TicketCancelled"], site.LastEvents.Select(e => e.Name));
        Assert.Equal(TicketCancelled.NotPrinted, Assert.IsType<TicketCancelled>(site.LastEvents[1]).Reason);
        Assert.Equal("paper out", Assert.IsType<TicketNotPrinted>(site.LastEvents[0]).Reason);
        Assert.Equal(QueueError.NothingToCall, site.Run(new CallNext(1)).Error);
        Assert.Equal("A002", site.Issue("A"));
    }

    [Fact]
    public void RecordPrint_CalledWhileItsPrintRanThenFailed_VoidAndTheCounterFree()
    {
        var site = new EngineDriver();
        site.OpenCounters(1);
        var ticket = site.Ok(new IssueTicket("A")).Ticket!;
        Assert.Equal("A001", site.Next(1));

        site.Ok(new RecordPrint(ticket.Id, Printed: false, "offline"));

        Assert.Equal(TicketStatus.Cancelled, site.State.Tickets[ticket.Id].Status);
        Assert.Null(site.State.CurrentTicketAt(1));
    }

    [Fact]
    public void RecordPrint_TicketNotInTodaysQueue_Refused()
    {
        var site = new EngineDriver();

        var reply = site.Run(new RecordPrint(42, Printed: true));

        Assert.Equal(QueueError.InvalidRequest, reply.Error);
        Assert.DoesNotContain(site.LastEvents, e => e is TicketPrinted);
    }
}
