namespace EdgeQueue.Central.SiteViews.Statistics;

/// <summary>Which rows to show or export: one site or all, a day range (inclusive), categories or counters or both.</summary>
public sealed record StatisticsQuery(string? Site, DateOnly From, DateOnly To, StatisticsDimension? Dimension = null);
