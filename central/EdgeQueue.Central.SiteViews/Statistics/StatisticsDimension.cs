namespace EdgeQueue.Central.SiteViews.Statistics;

/// <summary>What a statistics row is about: a queue category (A, B…) or a counter (1, 2…).</summary>
public enum StatisticsDimension
{
    Category,
    Counter,
}
