namespace EdgeQueue.Queue.Configuration;

/// <summary>
/// Everything the queue rules need to know about one hall. Defaults follow DESIGN.md §6; all can be
/// changed per site. Changing the configuration never rewrites history: events already committed
/// keep their meaning, the new rules apply to the next command.
/// </summary>
public sealed record SiteConfiguration
{
    /// <summary>The IANA id of the site's time zone; day boundaries and opening hours are local.</summary>
    public string TimeZoneId { get; init; } = "Europe/Warsaw";

    public required IReadOnlyList<CategoryDefinition> Categories { get; init; }

    public required IReadOnlyList<CounterDefinition> Counters { get; init; }

    /// <summary>Calls in all before a no-show ticket is removed from the queue.</summary>
    public int NoShowCallLimit { get; init; } = 3;

    /// <summary>A booked visit may be called this long before its time.</summary>
    public TimeSpan BookedCallEarlyWindow { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Check-in opens this long before the visit time.</summary>
    public TimeSpan CheckInEarlyWindow { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Check-in later than this after the visit time counts as resignation.</summary>
    public TimeSpan LateGracePeriod { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How many recent services of a category make its mean service time.</summary>
    public int ServiceTimeSampleSize { get; init; } = 10;

    public CategoryDefinition? FindCategory(string prefix) =>
        Categories.FirstOrDefault(c => string.Equals(c.Prefix, prefix, StringComparison.Ordinal));

    public CounterDefinition? FindCounter(int number) => Counters.FirstOrDefault(c => c.Number == number);

    /// <summary>Every problem found, empty when the configuration can be used.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (TimeZoneResolver.TryFind(TimeZoneId) is null)
        {
            problems.Add($"time zone '{TimeZoneId}' is not known on this machine");
        }

        foreach (var category in Categories)
        {
            if (category.Prefix is not { Length: 1 } || category.Prefix[0] is < 'A' or > 'Z')
            {
                problems.Add($"category prefix '{category.Prefix}' must be one capital letter A-Z");
            }

            if (category.DailyLimit is <= 0)
            {
                problems.Add($"category {category.Prefix}: daily limit must be positive or empty");
            }

            if (category.IssueCutoff < TimeSpan.Zero || category.DefaultServiceTime <= TimeSpan.Zero)
            {
                problems.Add($"category {category.Prefix}: cut-off must not be negative and service time must be positive");
            }

            problems.AddRange(category.Hours.Where(h => h.Value.Close <= h.Value.Open)
                .Select(h => $"category {category.Prefix}: {h.Key} closes before it opens"));
        }

        problems.AddRange(Categories.GroupBy(c => c.Prefix, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"category prefix '{g.Key}' is defined twice"));

        foreach (var counter in Counters)
        {
            if (counter.Number <= 0)
            {
                problems.Add($"counter number {counter.Number} must be positive");
            }

            if (counter.Categories.Count == 0)
            {
                problems.Add($"counter {counter.Number} serves no category");
            }

            problems.AddRange(counter.Categories.Where(c => FindCategory(c) is null)
                .Select(c => $"counter {counter.Number} serves unknown category '{c}'"));
        }

        problems.AddRange(Counters.GroupBy(c => c.Number).Where(g => g.Count() > 1)
            .Select(g => $"counter {g.Key} is defined twice"));

        if (NoShowCallLimit < 1 || ServiceTimeSampleSize < 1)
        {
            problems.Add("no-show call limit and service time sample size must be at least 1");
        }

        if (BookedCallEarlyWindow < TimeSpan.Zero || CheckInEarlyWindow < TimeSpan.Zero || LateGracePeriod < TimeSpan.Zero)
        {
            problems.Add("booking windows must not be negative");
        }

        return problems;
    }
}
