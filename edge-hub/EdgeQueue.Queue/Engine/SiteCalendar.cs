using System.Globalization;
using EdgeQueue.Queue.Configuration;

namespace EdgeQueue.Queue.Engine;

/// <summary>Local time, business days and opening hours of the site, in its own time zone.</summary>
public sealed class SiteCalendar(SiteConfiguration configuration, TimeZoneInfo zone)
{
    public TimeZoneInfo Zone { get; } = zone;

    public DateTime Local(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Zone).DateTime;

    public DateOnly DayOf(DateTimeOffset moment) => DateOnly.FromDateTime(Local(moment));

    /// <summary>Local midnight at the start of <paramref name="day"/>, as an instant.</summary>
    public DateTimeOffset StartOf(DateOnly day) => At(day, TimeOnly.MinValue);

    public DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time);
        while (Zone.IsInvalidTime(local))
        {
            // A moment skipped by the spring clock change: use the first one that exists.
            local = local.AddMinutes(1);
        }

        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    /// <summary>Whether walk-in tickets of the category can be issued now; otherwise why not, in words.</summary>
    public bool IsOpenForIssue(CategoryDefinition category, DateTimeOffset now, out string reason)
    {
        var local = Local(now);
        var time = TimeOnly.FromDateTime(local);
        if (!category.Hours.TryGetValue(local.DayOfWeek, out var hours))
        {
            reason = $"category {category.Prefix} ({category.Name}) is closed on {local.DayOfWeek}";
            return false;
        }

        if (time < hours.Open)
        {
            reason = $"category {category.Prefix} ({category.Name}) opens at {Clock(hours.Open)}";
            return false;
        }

        var lastIssue = hours.Close.Add(-category.IssueCutoff, out var wrapped);
        if (wrapped != 0 || time >= lastIssue || !hours.Contains(time))
        {
            reason = $"category {category.Prefix} ({category.Name}) has stopped issuing tickets for today (last ticket before {Clock(wrapped != 0 ? hours.Open : lastIssue)})";
            return false;
        }

        reason = $"category {category.Prefix} ({category.Name}) is open until {Clock(hours.Close)}";
        return true;
    }

    /// <summary>The first opening of any category strictly after <paramref name="now"/>, within a week.</summary>
    public DateTimeOffset? NextOpening(DateTimeOffset now)
    {
        var today = DayOf(now);
        for (var offset = 0; offset <= 7; offset++)
        {
            var day = today.AddDays(offset);
            var opens = configuration.Categories
                .Select(c => c.Hours.TryGetValue(day.DayOfWeek, out var h) ? h.Open : (TimeOnly?)null)
                .Where(t => t is not null)
                .Min();
            if (opens is { } open && At(day, open) > now)
            {
                return At(day, open);
            }
        }

        return null;
    }

    public static string Clock(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public string Clock(DateTimeOffset moment) => Local(moment).ToString("HH:mm", CultureInfo.InvariantCulture);
}
