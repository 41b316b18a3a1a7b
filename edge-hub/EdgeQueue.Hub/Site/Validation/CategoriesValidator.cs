using System.Globalization;
using EdgeQueue.Queue.Configuration;

namespace EdgeQueue.Hub.Site.Validation;

/// <summary>Categories: prefixes, names, opening hours per weekday, limits, service times.</summary>
internal sealed class CategoriesValidator(SiteProblems problems)
{
    private static readonly string[] Weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    public List<CategoryDefinition> Build(List<CategorySection>? fromFile)
    {
        var result = new List<CategoryDefinition>();
        if (fromFile is not { Count: > 0 } categories)
        {
            problems.Add("categories: missing or empty; a hall needs at least one category");
            return result;
        }

        for (var i = 0; i < categories.Count; i++)
        {
            var at = $"categories[{i}]";
            var c = categories[i];
            if (c.Prefix is not { Length: 1 } prefix || prefix[0] is < 'A' or > 'Z')
            {
                problems.Add($"{at}.prefix: '{c.Prefix}' must be one capital letter A-Z");
                continue;
            }

            if (result.Any(r => r.Prefix == prefix))
            {
                problems.Add($"{at}.prefix: '{prefix}' is defined twice");
                continue;
            }

            problems.Require(c.Name, $"{at}.name");
            if (c.DailyLimit is <= 0)
            {
                problems.Add($"{at}.dailyLimit: {c.DailyLimit} must be positive (leave it out for no limit)");
            }

            if (c.IssueCutoffMinutes is < 0)
            {
                problems.Add($"{at}.issueCutoffMinutes: must not be negative");
            }

            if (c.ServiceMinutes is <= 0)
            {
                problems.Add($"{at}.serviceMinutes: must be positive");
            }

            result.Add(new CategoryDefinition
            {
                Prefix = prefix,
                Name = c.Name ?? prefix,
                Hours = BuildHours(c.Hours, $"{at}.hours"),
                DailyLimit = c.DailyLimit,
                IssueCutoff = TimeSpan.FromMinutes(Math.Max(0, c.IssueCutoffMinutes ?? 0)),
                DefaultServiceTime = TimeSpan.FromMinutes(Math.Max(1, c.ServiceMinutes ?? 5)),
            });
        }

        return result;
    }

    private Dictionary<DayOfWeek, DailyHours> BuildHours(Dictionary<string, string>? hours, string at)
    {
        var result = new Dictionary<DayOfWeek, DailyHours>();
        if (hours is null || hours.Count == 0)
        {
            problems.Add($"{at}: missing; give opening hours per weekday, e.g. \"mon\": \"08:00-16:00\"");
            return result;
        }

        foreach (var (key, value) in hours)
        {
            var day = Array.IndexOf(Weekdays, key);
            if (day < 0)
            {
                problems.Add($"{at}.{key}: unknown weekday; use mon, tue, wed, thu, fri, sat, sun");
                continue;
            }

            var parts = value.Split('-');
            if (parts.Length != 2
                || !TryParseTime(parts[0], out var open)
                || !TryParseTime(parts[1], out var close))
            {
                problems.Add($"{at}.{key}: '{value}' must be HH:mm-HH:mm (24:00 for midnight)");
                continue;
            }

            if (close <= open)
            {
                problems.Add($"{at}.{key}: '{value}' closes before it opens");
                continue;
            }

            result[(DayOfWeek)((day + 1) % 7)] = new DailyHours(open, close);
        }

        return result;
    }

    private static bool TryParseTime(string text, out TimeOnly time)
    {
        if (text.Trim() == "24:00")
        {
            time = TimeOnly.MaxValue;
            return true;
        }

        return TimeOnly.TryParseExact(text.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
    }
}
