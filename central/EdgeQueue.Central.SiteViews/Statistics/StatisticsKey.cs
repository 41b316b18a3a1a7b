namespace EdgeQueue.Central.SiteViews.Statistics;

/// <summary>Identifies one statistics row.</summary>
internal readonly record struct StatisticsKey(string Site, DateOnly Day, StatisticsDimension Dimension, string Key);
