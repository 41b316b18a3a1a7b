using EdgeQueue.Simulation.Reporting;

namespace EdgeQueue.Simulation.Tests.Reporting;

public sealed class DayStatisticsTests
{
    private static readonly DateTimeOffset Opening = new(2026, 11, 23, 7, 30, 0, TimeSpan.FromHours(1));

    private static TicketOutcome Served(string ticket, double issuedMin, double waitMin, double serviceMin, int counter, int? estimate = null) =>
        new(ticket, ticket[..1], false, Opening.AddMinutes(issuedMin), Opening.AddMinutes(issuedMin + waitMin),
            Opening.AddMinutes(issuedMin + waitMin + serviceMin), TicketEnd.Served, counter, 1, estimate);

    [Fact]
    public void From_ServedTickets_ComputesWaitsServiceAndEstimateError()
    {
        TicketOutcome[] outcomes =
        [
            Served("A001", 0, 10, 5, 1, estimate: 12),
            Served("A002", 1, 20, 7, 2, estimate: 14),
            Served("B001", 2, 4, 9, 1),
        ];

        var stats = DayStatistics.From(outcomes, Opening, 8);

        var a = stats.Categories.Single(c => c.Category == "A");
        Assert.Equal(2, a.Tickets);
        Assert.Equal(15, a.Waits.Mean, 3);
        Assert.Equal(20, a.Waits.Max, 3);
        Assert.Equal(6, a.MeanServiceMinutes, 3);
        Assert.Equal(4, a.EstimateErrorMinutes, 3);
        Assert.Equal(new Dictionary<int, int> { [1] = 2, [2] = 1 }, stats.CallsPerCounter);
    }

    [Fact]
    public void From_NoShowAndWaiting_CountedInTheirEnds()
    {
        TicketOutcome[] outcomes =
        [
            new("C001", "C", false, Opening, Opening.AddMinutes(3), Opening.AddMinutes(30), TicketEnd.RemovedAfterNoShows, 4, 3, null),
            new("C002", "C", true, Opening.AddMinutes(200), null, null, TicketEnd.StillWaiting, null, 0, null),
        ];

        var stats = DayStatistics.From(outcomes, Opening, 8);

        Assert.Equal(1, stats.RemovedAfterNoShows);
        Assert.Equal(1, stats.StillWaiting);
        Assert.Equal(3, stats.CallsPerCounter[4]);
        Assert.Equal(1, stats.Categories.Single().Booked);
        Assert.Equal(1, stats.WaitingByHour[4]);
    }

    [Fact]
    public void Write_Report_HasTablesAndChartImages()
    {
        var stats = DayStatistics.From([Served("A001", 0, 10, 5, 1, 12)], Opening, 8);

        var (markdown, images) = DayReportWriter.Write("Dzień w sali", stats, ["hub restarted at 10:02, nothing lost"], "day-");

        Assert.Contains("| A | 1 | 0 | 1 | 0 | 10.0 min |", markdown, StringComparison.Ordinal);
        Assert.Contains("- hub restarted at 10:02, nothing lost", markdown, StringComparison.Ordinal);
        Assert.Equal(["day-counters.png", "day-day.png", "day-waits.png"], images.Keys.Order());
        Assert.All(images.Values, png => Assert.Equal(0x89, png[0]));
        Assert.All(images.Keys, name => Assert.Contains($"]({name})", markdown, StringComparison.Ordinal));
    }
}
