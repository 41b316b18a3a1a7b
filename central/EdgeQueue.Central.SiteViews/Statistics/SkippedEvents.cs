namespace EdgeQueue.Central.SiteViews.Statistics;

/// <summary>Events the statistics left out: how many in all, and the first reasons per site.</summary>
public sealed record SkippedEvents(int Count, IReadOnlyList<string> FirstReasons);
