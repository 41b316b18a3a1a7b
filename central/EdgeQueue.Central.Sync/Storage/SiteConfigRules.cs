using System.Globalization;
using EdgeQueue.Contracts.Messages.Sync;

namespace EdgeQueue.Central.Sync.Storage;

/// <summary>
/// The checks central can make of a site configuration before it is published: prefixes, hours,
/// counters serving known categories. The hub checks again against its devices and refuses what
/// does not fit them (its log says why).
/// </summary>
public static class SiteConfigRules
{
    private static readonly string[] Weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    public static IReadOnlyList<string> Check(SyncSiteConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var problems = new List<string>();
        if (config.Categories.Count == 0 || config.Counters.Count == 0)
        {
            problems.Add("a site needs at least one category and one counter");
        }

        foreach (var category in config.Categories)
        {
            if (category.Prefix is not { Length: 1 } || category.Prefix[0] is < 'A' or > 'Z')
            {
                problems.Add($"category prefix '{category.Prefix}' must be one capital letter A-Z");
            }

            if (string.IsNullOrWhiteSpace(category.Name))
            {
                problems.Add($"category {category.Prefix}: a name is needed");
            }

            foreach (var (day, hours) in category.Hours)
            {
                var parts = hours.Split('-');
                if (!Weekdays.Contains(day) || parts.Length != 2 || !IsTime(parts[0]) || !IsTime(parts[1])
                    || string.CompareOrdinal(parts[0].Trim(), parts[1].Trim()) >= 0)
                {
                    problems.Add($"category {category.Prefix}: hours {day} '{hours}' must be HH:mm-HH:mm on mon-sun, opening before closing");
                }
            }
        }

        foreach (var duplicate in config.Categories.GroupBy(c => c.Prefix, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"category prefix '{duplicate.Key}' is defined twice");
        }

        foreach (var counter in config.Counters)
        {
            if (counter.Number is < 1 or > 999)
            {
                problems.Add($"counter number {counter.Number} must be 1-999");
            }

            foreach (var unknown in counter.Categories.Where(p => config.Categories.All(c => c.Prefix != p)))
            {
                problems.Add($"counter {counter.Number}: '{unknown}' is not a category of this configuration");
            }

            if (counter.Policy is not (null or "longestWait" or "strictOrder"))
            {
                problems.Add($"counter {counter.Number}: policy '{counter.Policy}' must be longestWait or strictOrder");
            }
        }

        return problems;
    }

    private static bool IsTime(string text) =>
        text.Trim() == "24:00" || TimeOnly.TryParseExact(text.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
