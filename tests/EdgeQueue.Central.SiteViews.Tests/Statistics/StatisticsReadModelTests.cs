using EdgeQueue.Central.SiteViews.Feed;
using EdgeQueue.Central.SiteViews.Statistics;
using EdgeQueue.Contracts.Messages.Sync.Events;
using static EdgeQueue.Central.SiteViews.Tests.Statistics.KnownDay;

namespace EdgeQueue.Central.SiteViews.Tests.Statistics;

public sealed class StatisticsReadModelTests
{
    private static TimeSpan M(double minutes) => TimeSpan.FromMinutes(minutes);

    private static async Task<IReadOnlyList<StatisticsRow>> RowsAsync(MemorySiteFeed feed, DateOnly from, DateOnly to)
    {
        using var model = new StatisticsReadModel(feed, new StatisticsOptions());
        return await model.QueryAsync(new StatisticsQuery(null, from, to), CancellationToken.None);
    }

    private static StatisticsRow Row(IReadOnlyList<StatisticsRow> rows, DateOnly day, StatisticsDimension dimension, string key) =>
        Assert.Single(rows, r => r.Day == day && r.Dimension == dimension && r.Key == key);

    [Fact]
    public async Task Query_KnownDay_CategoryAFiguresExact()
    {
        var feed = new MemorySiteFeed();
        feed.AddEvents(Site, Events());

        var a = Row(await RowsAsync(feed, Day1, Day1), Day1, StatisticsDimension.Category, "A");

        Assert.Equal(new StatisticsRow(Site, Day1, StatisticsDimension.Category, "A",
            Tickets: 5, Served: 2, NoShows: 1, Cancelled: 1,
            WaitMean: M(2.25), WaitP90: M(3), ServiceMean: M(4.5), ServiceP90: M(5),
            BookedVisits: 2, BookedCalled: 2, BookedOnTime: 1, BookedLateArrivals: 1), a);
    }

    [Fact]
    public async Task Query_KnownDay_TransferredTicketServedInItsNewCategory()
    {
        var feed = new MemorySiteFeed();
        feed.AddEvents(Site, Events());

        var b = Row(await RowsAsync(feed, Day1, Day1), Day1, StatisticsDimension.Category, "B");

        Assert.Equal(new StatisticsRow(Site, Day1, StatisticsDimension.Category, "B",
            Tickets: 1, Served: 2, NoShows: 0, Cancelled: 0,
            WaitMean: M(4.5), WaitP90: M(4.5), ServiceMean: M(4.5), ServiceP90: M(6),
            BookedVisits: 0, BookedCalled: 0, BookedOnTime: 0, BookedLateArrivals: 0), b);
    }

    [Fact]
    public async Task Query_KnownDay_CounterFiguresExact()
    {
        var feed = new MemorySiteFeed();
        feed.AddEvents(Site, Events());
        var rows = await RowsAsync(feed, Day1, Day1);

        Assert.Equal(new StatisticsRow(Site, Day1, StatisticsDimension.Counter, "1",
            Tickets: 3, Served: 2, NoShows: 0, Cancelled: 0,
            WaitMean: M(2), WaitP90: M(3), ServiceMean: M(4.5), ServiceP90: M(5),
            BookedVisits: 2, BookedCalled: 2, BookedOnTime: 1, BookedLateArrivals: 0), Row(rows, Day1, StatisticsDimension.Counter, "1"));
        Assert.Equal(new StatisticsRow(Site, Day1, StatisticsDimension.Counter, "2",
            Tickets: 3, Served: 2, NoShows: 1, Cancelled: 0,
            WaitMean: M(3.75), WaitP90: M(4.5), ServiceMean: M(4.5), ServiceP90: M(6),
            BookedVisits: 0, BookedCalled: 0, BookedOnTime: 0, BookedLateArrivals: 0), Row(rows, Day1, StatisticsDimension.Counter, "2"));
    }

    [Fact]
    public async Task Query_DayRange_OnlyDaysInRangeInOrder()
    {
        var feed = new MemorySiteFeed();
        feed.AddEvents(Site, Events());

        var rows = await RowsAsync(feed, Day2, Day2);

        Assert.Equal(["Category A", "Counter 1"], rows.Select(r => $"{r.Dimension} {r.Key}"));
        var a = rows[0];
        Assert.Equal((1, 1, M(10), M(5)), (a.Tickets, a.Served, a.WaitMean, a.ServiceMean));
    }

    [Fact]
    public async Task Query_EventsArriveLater_FoldedInOnceEach()
    {
        var feed = new MemorySiteFeed();
        var events = Events();
        feed.AddEvents(Site, events[..12]);
        using var model = new StatisticsReadModel(feed, new StatisticsOptions());
        var query = new StatisticsQuery(Site, Day1, Day2, StatisticsDimension.Category);
        var early = await model.QueryAsync(query, CancellationToken.None);
        Assert.Equal(3, early.Single(r => r.Key == "A").Tickets);

        feed.AddEvents(Site, events[12..]);
        var rows = await model.QueryAsync(query, CancellationToken.None);
        var again = await model.QueryAsync(query, CancellationToken.None);

        Assert.Equal(5, rows.Single(r => r.Day == Day1 && r.Key == "A").Tickets);
        Assert.Equal(rows, again);
    }

    [Fact]
    public async Task Query_RepeatedAndUnreadableRecords_SkippedAndReported()
    {
        var feed = new MemorySiteFeed();
        feed.AddEvents(Site, new BusinessDayStarted(On1(7, 0), Day1, On1(0, 0)), new TicketIssued(On1(8, 0), 1, "A", 1, "A001"));
        feed.AddRaw(Site, new SiteEventRecord(2, "TicketIssued", """{"type":"TicketIssued","ticketId":1,"category":"A","dailySequence":1,"number":"A001","at":"2026-12-01T08:00:00+01:00"}"""));
        feed.AddRaw(Site, new SiteEventRecord(3, "TicketIssued", """{"type":"TicketIssued","ticketId":"#@!"""));
        feed.AddRaw(Site, new SiteEventRecord(4, "Mystery", """{"type":"Mystery"}"""));
        using var model = new StatisticsReadModel(feed, new StatisticsOptions());

        var rows = await model.QueryAsync(new StatisticsQuery(Site, Day1, Day1), CancellationToken.None);
        var skipped = await model.SkippedAsync(CancellationToken.None);
        var problems = skipped.FirstReasons;

        Assert.Equal(1, Assert.Single(rows).Tickets);
        Assert.Equal(2, skipped.Count);
        Assert.Equal(2, problems.Count);
        Assert.StartsWith("olsztyn #3 (TicketIssued): ", problems[0], StringComparison.Ordinal);
        Assert.StartsWith("olsztyn #4 (Mystery): ", problems[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_OneSite_OtherSitesLeftOut()
    {
        var feed = new MemorySiteFeed();
        feed.AddEvents(Site, Events());
        feed.AddEvents("torun", new BusinessDayStarted(On1(7, 0), Day1, On1(0, 0)), new TicketIssued(On1(9, 0), 1, "C", 1, "C001"));
        using var model = new StatisticsReadModel(feed, new StatisticsOptions());

        var torun = await model.QueryAsync(new StatisticsQuery("torun", Day1, Day2), CancellationToken.None);
        var all = await model.QueryAsync(new StatisticsQuery(null, Day1, Day1), CancellationToken.None);

        Assert.Equal("torun C", Assert.Single(torun, r => true) is var r ? $"{r.Site} {r.Key}" : "");
        Assert.Equal(5, all.Count);
    }
}
