namespace EdgeQueue.Central.SiteViews.Statistics;

/// <summary>How statistics are counted.</summary>
public sealed record StatisticsOptions
{
    /// <summary>A booked visit called no later than its time plus this counts as on time.</summary>
    public TimeSpan OnTimeTolerance { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Dates events before a site's first <c>BusinessDayStarted</c> (the hubs' own day otherwise).</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");
}
