using EdgeQueue.Central.SiteViews.Feed;
using EdgeQueue.Central.SiteViews.Statistics;
using EdgeQueue.Contracts.Messages.Sync.Events;

namespace EdgeQueue.Central.SiteViews.Tests.Statistics;

/// <summary>Central's side of the hall event contract: the golden files the hub's mapping writes, read by the fold.</summary>
public sealed class SiteStatisticsFoldTests
{
    private static readonly string Golden = Path.Combine(AppContext.BaseDirectory, "golden", "hall-events");

    [Fact]
    public void Apply_EveryGoldenHallEvent_ReadWithoutAProblem()
    {
        var fold = new SiteStatisticsFold("poznan", new StatisticsOptions());
        var files = Directory.GetFiles(Golden, "*.json").Order(StringComparer.Ordinal).ToArray();

        for (var i = 0; i < files.Length; i++)
        {
            fold.Apply(new SiteEventRecord(i + 1, Path.GetFileNameWithoutExtension(files[i]), File.ReadAllText(files[i])));
        }

        Assert.Equal(HallEvents.Names.Count, files.Length);
        Assert.Empty(fold.Problems);
        Assert.Equal(0, fold.UnknownEvents);
        Assert.Equal(files.Length, fold.LastSeq);
    }

    [Fact]
    public void Apply_TypeOfANewerHub_ReportedNotCountedAndTheNextEventsStillCount()
    {
        var fold = new SiteStatisticsFold("poznan", new StatisticsOptions());
        var issued = File.ReadAllText(Path.Combine(Golden, "TicketIssued.json"));

        fold.Apply(new SiteEventRecord(1, "TicketTeleported", """{"type":"TicketTeleported","ticketId":17,"at":"2026-12-01T08:15:02+00:00"}"""));
        fold.Apply(new SiteEventRecord(2, "TicketIssued", issued));

        Assert.Equal(1, fold.UnknownEvents);
        Assert.Contains(fold.Problems, p => p.Contains("TicketTeleported", StringComparison.Ordinal));
        Assert.Equal(2, fold.LastSeq);
        Assert.Equal(1, fold.Rows().Single(r => r.Dimension == StatisticsDimension.Category && r.Key == "A").Tickets);
    }

    [Fact]
    public void Apply_ADayOfEventsOfANewerHub_AllCountedOnlyTheFirstReasonsKept()
    {
        var fold = new SiteStatisticsFold("poznan", new StatisticsOptions());

        for (var seq = 1; seq <= 5_000; seq++)
        {
            fold.Apply(new SiteEventRecord(seq, "TicketTeleported", """{"type":"TicketTeleported","at":"2026-12-01T08:15:02+00:00"}"""));
        }

        Assert.Equal(5_000, fold.SkippedEvents);
        Assert.Equal(5_000, fold.UnknownEvents);
        Assert.Equal(SiteStatisticsFold.ProblemsKept, fold.Problems.Count);
        Assert.StartsWith("poznan #1 (TicketTeleported)", fold.Problems[0], StringComparison.Ordinal);
    }
}
