namespace EdgeQueue.Central.SiteViews.Statistics;

/// <summary>Mean and nearest-rank percentile of durations, exact to the tick.</summary>
public static class Durations
{
    public static TimeSpan? Mean(IReadOnlyCollection<TimeSpan> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return null;
        }

        long total = 0;
        foreach (var value in values)
        {
            total += value.Ticks;
        }

        return TimeSpan.FromTicks(total / values.Count);
    }

    /// <summary>The smallest value with at least <paramref name="percent"/>% of the values at or below it.</summary>
    public static TimeSpan? Percentile(IReadOnlyCollection<TimeSpan> values, int percent)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfLessThan(percent, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Length);
        return sorted[Math.Max(rank, 1) - 1];
    }
}
