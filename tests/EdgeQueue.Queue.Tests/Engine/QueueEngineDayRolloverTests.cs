using EdgeQueue.Queue.Commands;
using EdgeQueue.Queue.Events;
using EdgeQueue.Queue.Results;
using EdgeQueue.Queue.Tests.Support;

namespace EdgeQueue.Queue.Tests.Engine;

public sealed class QueueEngineDayRolloverTests
{
    [Fact]
    public void Decide_NextMorning_CancelsLeftoversAndRestartsNumbers()
    {
        var site = new EngineDriver();
        site.OpenCounters(1);
        site.Issue("A");
        site.Issue("A");
        site.Next(1);
        site.Now = TestSite.MondayNine.AddDays(1);

        Assert.Equal("A001", site.Issue("A"));

        var cancelled = site.LastEvents.OfType<TicketCancelled>().ToList();
        Assert.Equal(["A001", "A002"], cancelled.Select(c => c.Number));
        Assert.All(cancelled, c => Assert.Equal(TicketCancelled.DayEnded, c.Reason));
        Assert.Equal(new DateOnly(2026, 11, 24), site.State.Day);
        Assert.Single(site.State.Tickets);
        Assert.Null(site.State.CounterOf(1).CurrentTicketId);
        Assert.True(site.State.CounterOf(1).Open);
    }

    [Fact]
    public void Decide_RefusedCommandOnNewDay_StillRollsOver()
    {
        var site = new EngineDriver();
        site.Issue("A");
        site.Now = TestSite.MondayNine.AddDays(1);

        var reply = site.Run(new IssueTicket("Z"));

        Assert.Equal(QueueError.UnknownCategory, reply.Error);
        Assert.Contains(site.LastEvents, e => e is BusinessDayStarted);
        Assert.Empty(site.State.Tickets);
    }

    [Fact]
    public void RollOverDay_SameDay_NothingHappens()
    {
        var site = new EngineDriver();
        site.Issue("A");

        site.Ok(new RollOverDay());

        Assert.Empty(site.LastEvents);
    }

    [Fact]
    public void RollOverDay_NewDay_ForgetsPastBookingsKeepsFuture()
    {
        var site = new EngineDriver();
        site.Ok(new SyncBooking("TODAY", "A", TestSite.MondayNine.AddHours(2), "", 1));
        site.Ok(new SyncBooking("NEXT", "A", TestSite.MondayNine.AddDays(1).AddHours(2), "", 1));
        site.Now = TestSite.MondayNine.AddDays(1).AddHours(-2); // Tuesday 7:00 local

        site.Ok(new RollOverDay());

        Assert.Equal(["NEXT"], site.State.Bookings.Keys);
    }

    [Fact]
    public void NextOpening_Friday_IsMondayMorningLocal()
    {
        var site = new EngineDriver(start: TestSite.MondayNine.AddDays(4).AddHours(8)); // Friday 17:00

        var next = site.Engine.Calendar.NextOpening(site.Now);

        Assert.Equal(new DateTimeOffset(2026, 11, 30, 6, 30, 0, TimeSpan.Zero), next); // C opens 7:30 local
    }
}
