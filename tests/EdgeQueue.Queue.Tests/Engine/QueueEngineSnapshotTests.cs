using EdgeQueue.Queue.Commands;
using EdgeQueue.Queue.Tests.Support;

namespace EdgeQueue.Queue.Tests.Engine;

public sealed class QueueEngineSnapshotTests
{
    [Fact]
    public void Snapshot_Queue_WaitingInCallOrderAndNowServing()
    {
        var site = new EngineDriver();
        site.OpenCounters(1, 2);
        site.Ok(new SyncBooking("BK", "A", TestSite.MondayNine.AddMinutes(20), "Ewa Z.", 1));
        site.Issue("A");
        site.Issue("A");
        site.Issue("A");
        site.Ok(new CheckIn("BK"));
        site.Next(1);

        var before = site.Engine.Snapshot(site.State, site.Now).Categories.Single(c => c.Prefix == "A");
        site.Advance(TimeSpan.FromMinutes(15)); // 9:15, the booked 9:20 visit is within the early window
        var snapshot = site.Engine.Snapshot(site.State, site.Now);

        Assert.Equal(["A002", "A003", "A004"], before.Waiting.Select(t => t.Number));
        var a = snapshot.Categories.Single(c => c.Prefix == "A");
        Assert.Equal(["A004", "A002", "A003"], a.Waiting.Select(t => t.Number));
        Assert.Equal([0, 1, 2], a.Waiting.Select(t => t.PeopleAhead));
        Assert.Equal("A001", Assert.Single(a.NowServing).Number);
        Assert.Equal(2, a.OpenCounters);
        Assert.Equal(47, a.RemainingToday); // 50 less three walk-ins; the booked visit does not count
        Assert.True(a.OpenForIssue);
        var counter1 = snapshot.Counters.Single(c => c.Number == 1);
        Assert.Equal(("A001", 1), (counter1.Current!.Number, counter1.Current.Calls));
        Assert.Null(snapshot.Counters.Single(c => c.Number == 3).Current);
    }

    [Fact]
    public void Snapshot_Estimate_PositionTimesMeanServiceOverOpenCounters()
    {
        var site = new EngineDriver();
        site.OpenCounters(1, 2);
        site.Issue("B");
        site.Next(1);
        site.Advance(TimeSpan.FromMinutes(8));
        site.Ok(new Done(1)); // B mean is now 8 min
        foreach (var _ in Enumerable.Range(0, 5))
        {
            site.Issue("B");
        }

        var waiting = site.Engine.Snapshot(site.State, site.Now).Categories.Single(c => c.Prefix == "B").Waiting;

        Assert.Equal(TimeSpan.FromMinutes(8), site.Engine.Snapshot(site.State, site.Now).Categories.Single(c => c.Prefix == "B").MeanServiceTime);
        Assert.Equal([4, 8, 12, 16, 20], waiting.Select(t => t.EtaMinutes)); // position × 8 ÷ 2 counters
    }

    [Fact]
    public void Snapshot_NoCounterOpenYetNoHistory_EstimateFromConfiguredServiceTimeAndCounters()
    {
        var site = new EngineDriver();
        foreach (var _ in Enumerable.Range(0, 17))
        {
            site.Issue("B");
        }

        var waiting = site.Engine.Snapshot(site.State, site.Now).Categories.Single(c => c.Prefix == "B").Waiting;

        // The 17th ticket has 16 people ahead: position 17 × 10 min (B's configured time) ÷ 2 counters serving B, none open yet.
        Assert.Equal((16, 85), (waiting[^1].PeopleAhead, waiting[^1].EtaMinutes));
        Assert.Equal(5, waiting[0].EtaMinutes);
    }

    [Fact]
    public void Snapshot_CategoryNoCounterServes_EstimateUnknown()
    {
        var site = new EngineDriver(TestSite.Configuration(c => c with { Counters = [.. c.Counters.Where(counter => counter.Number != 3)] }));
        site.Issue("C");

        var waiting = Assert.Single(site.Engine.Snapshot(site.State, site.Now).Categories.Single(c => c.Prefix == "C").Waiting);

        Assert.Null(waiting.EtaMinutes);
    }

    [Fact]
    public void Snapshot_SetAsideTicket_ListedApart()
    {
        var site = new EngineDriver();
        site.CallOneAt(1, "A");
        site.Ok(new NoShow(1));

        var a = site.Engine.Snapshot(site.State, site.Now).Categories.Single(c => c.Prefix == "A");

        Assert.Empty(a.Waiting);
        Assert.Equal("A001", Assert.Single(a.SetAside).Number);
    }
}
