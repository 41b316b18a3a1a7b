namespace EdgeQueue.Central.SiteViews.Statistics;

/// <summary>The running figures of one site, day and category or counter while events are folded in.</summary>
internal sealed class FigureAccumulator
{
    public int Tickets { get; set; }

    public int Served { get; set; }

    public int NoShows { get; set; }

    public int Cancelled { get; set; }

    public List<TimeSpan> Waits { get; } = [];

    public List<TimeSpan> ServiceTimes { get; } = [];

    public int BookedVisits { get; set; }

    public int BookedCalled { get; set; }

    public int BookedOnTime { get; set; }

    public int BookedLateArrivals { get; set; }

    /// <summary>The figures of several days together (waits and service times pooled, so means and percentiles stay exact).</summary>
    public static FigureAccumulator Merge(IEnumerable<FigureAccumulator> days)
    {
        var total = new FigureAccumulator();
        foreach (var day in days)
        {
            total.Tickets += day.Tickets;
            total.Served += day.Served;
            total.NoShows += day.NoShows;
            total.Cancelled += day.Cancelled;
            total.Waits.AddRange(day.Waits);
            total.ServiceTimes.AddRange(day.ServiceTimes);
            total.BookedVisits += day.BookedVisits;
            total.BookedCalled += day.BookedCalled;
            total.BookedOnTime += day.BookedOnTime;
            total.BookedLateArrivals += day.BookedLateArrivals;
        }

        return total;
    }

    public StatisticsRow ToRow(StatisticsKey key) => new(
        key.Site,
        key.Day,
        key.Dimension,
        key.Key,
        Tickets,
        Served,
        NoShows,
        Cancelled,
        Durations.Mean(Waits),
        Durations.Percentile(Waits, 90),
        Durations.Mean(ServiceTimes),
        Durations.Percentile(ServiceTimes, 90),
        BookedVisits,
        BookedCalled,
        BookedOnTime,
        BookedLateArrivals);
}
