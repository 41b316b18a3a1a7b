using EdgeQueue.Central.SiteViews.Statistics;
using static EdgeQueue.Central.SiteViews.Tests.Statistics.KnownDay;

namespace EdgeQueue.Central.SiteViews.Tests.Statistics;

public sealed class StatisticsCsvTests
{
    [Fact]
    public async Task Write_KnownDay_ExactContent()
    {
        var feed = new MemorySiteFeed();
        feed.AddEvents(Site, Events());
        using var model = new StatisticsReadModel(feed, new StatisticsOptions());
        var rows = await model.QueryAsync(new StatisticsQuery(Site, Day1, Day2), CancellationToken.None);

        var csv = StatisticsCsv.Write(rows);

        Assert.Equal(
            StatisticsCsv.Header + "\r\n" +
            "olsztyn;2026-12-01;kategoria;A;5;2;1;1;135;180;270;300;2;2;1;1\r\n" +
            "olsztyn;2026-12-01;kategoria;B;1;2;0;0;270;270;270;360;0;0;0;0\r\n" +
            "olsztyn;2026-12-01;stanowisko;1;3;2;0;0;120;180;270;300;2;2;1;0\r\n" +
            "olsztyn;2026-12-01;stanowisko;2;3;2;1;0;225;270;270;360;0;0;0;0\r\n" +
            "olsztyn;2026-12-02;kategoria;A;1;1;0;0;600;600;300;300;0;0;0;0\r\n" +
            "olsztyn;2026-12-02;stanowisko;1;1;1;0;0;600;600;300;300;0;0;0;0\r\n",
            csv);
    }

    [Fact]
    public void Write_NothingMeasured_EmptyDurationFields()
    {
        var row = new StatisticsRow("s", new DateOnly(2026, 12, 1), StatisticsDimension.Category, "C", 1, 0, 0, 0, null, null, null, null, 0, 0, 0, 0);

        Assert.EndsWith("s;2026-12-01;kategoria;C;1;0;0;0;;;;;0;0;0;0\r\n", StatisticsCsv.Write([row]), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_FormulaOrSeparatorInText_NeutralisedAndQuoted()
    {
        var row = new StatisticsRow("=cmd;x", new DateOnly(2026, 12, 1), StatisticsDimension.Category, "\"A", 0, 0, 0, 0, null, null, null, null, 0, 0, 0, 0);

        var line = StatisticsCsv.Write([row]).Split("\r\n")[1];

        Assert.StartsWith("\"'=cmd;x\";2026-12-01;kategoria;\"\"\"A\";", line, StringComparison.Ordinal);
    }
}
