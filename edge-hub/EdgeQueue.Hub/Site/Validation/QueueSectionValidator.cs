using EdgeQueue.Queue.Configuration;

namespace EdgeQueue.Hub.Site.Validation;

/// <summary>The queue rules of DESIGN.md §6 (no-show limit, grace and early windows), checked with the categories and counters.</summary>
internal sealed class QueueSectionValidator(SiteProblems problems)
{
    public SiteConfiguration Build(QueueSection? fromFile, string zoneId, List<CategoryDefinition> categories, List<CounterDefinition> counters)
    {
        var q = fromFile ?? new QueueSection();
        var defaults = new SiteConfiguration { Categories = categories, Counters = counters };
        var config = defaults with
        {
            TimeZoneId = zoneId,
            NoShowCallLimit = q.NoShowCallLimit ?? defaults.NoShowCallLimit,
            LateGracePeriod = SiteFileDurations.Minutes(q.LateGraceMinutes, defaults.LateGracePeriod),
            CheckInEarlyWindow = SiteFileDurations.Minutes(q.CheckInEarlyMinutes, defaults.CheckInEarlyWindow),
            BookedCallEarlyWindow = SiteFileDurations.Minutes(q.BookedCallEarlyMinutes, defaults.BookedCallEarlyWindow),
        };
        if (problems.Count == 0)
        {
            problems.AddRange(config.Validate().Select(p => $"queue: {p}"));
        }

        return config;
    }
}
