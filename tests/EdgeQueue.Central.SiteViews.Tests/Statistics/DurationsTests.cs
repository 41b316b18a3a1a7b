using EdgeQueue.Central.SiteViews.Statistics;

namespace EdgeQueue.Central.SiteViews.Tests.Statistics;

public sealed class DurationsTests
{
    private static TimeSpan[] Seconds(params int[] values) => [.. values.Select(v => TimeSpan.FromSeconds(v))];

    [Fact]
    public void Percentile_TenValues_NinthSmallest() =>
        Assert.Equal(TimeSpan.FromSeconds(90), Durations.Percentile(Seconds(100, 10, 20, 30, 40, 50, 60, 70, 80, 90), 90));

    [Fact]
    public void Percentile_OneValue_ThatValue() =>
        Assert.Equal(TimeSpan.FromSeconds(7), Durations.Percentile(Seconds(7), 90));

    [Fact]
    public void MeanAndPercentile_Empty_Null()
    {
        Assert.Null(Durations.Mean([]));
        Assert.Null(Durations.Percentile([], 90));
    }

    [Fact]
    public void Mean_ThreeValues_ExactToTheTick() =>
        Assert.Equal(TimeSpan.FromSeconds(20), Durations.Mean(Seconds(10, 20, 30)));
}
