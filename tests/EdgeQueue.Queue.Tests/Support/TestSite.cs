using EdgeQueue.Queue.Configuration;

namespace EdgeQueue.Queue.Tests.Support;

/// <summary>
/// A small hall in Warsaw: A (ID cards, limit 50, cut-off 30 min), B (vehicles), C (other, Mon–Fri
/// 7:30–15:30); counter 1 serves A,B (longest wait), 2 serves B,A (strict order), 3 serves C.
/// </summary>
public static class TestSite
{
    /// <summary>Monday 23 November 2026, 09:00 in Warsaw (08:00 UTC).</summary>
    public static readonly DateTimeOffset MondayNine = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    public static SiteConfiguration Configuration(Func<SiteConfiguration, SiteConfiguration>? change = null)
    {
        var configuration = new SiteConfiguration
        {
            Categories =
            [
                new CategoryDefinition
                {
                    Prefix = "A",
                    Name = "Dowody osobiste",
                    Hours = CategoryDefinition.Weekdays(new TimeOnly(8, 0), new TimeOnly(16, 0)),
                    DailyLimit = 50,
                    IssueCutoff = TimeSpan.FromMinutes(30),
                    DefaultServiceTime = TimeSpan.FromMinutes(6),
                },
                new CategoryDefinition
                {
                    Prefix = "B",
                    Name = "Rejestracja pojazdów",
                    Hours = CategoryDefinition.Weekdays(new TimeOnly(8, 0), new TimeOnly(16, 0)),
                    DefaultServiceTime = TimeSpan.FromMinutes(10),
                },
                new CategoryDefinition
                {
                    Prefix = "C",
                    Name = "Sprawy różne",
                    Hours = CategoryDefinition.Weekdays(new TimeOnly(7, 30), new TimeOnly(15, 30)),
                },
            ],
            Counters =
            [
                new CounterDefinition { Number = 1, Categories = ["A", "B"] },
                new CounterDefinition { Number = 2, Categories = ["B", "A"], Policy = CallPolicy.StrictOrder },
                new CounterDefinition { Number = 3, Categories = ["C"] },
            ],
        };
        return change is null ? configuration : change(configuration);
    }

    /// <summary>Every category open all day, every day: for load, properties and crash tests.</summary>
    public static SiteConfiguration AlwaysOpen() => Configuration(c => c with
    {
        Categories = [.. c.Categories.Select(k => k with { Hours = CategoryDefinition.AllDay(), DailyLimit = null, IssueCutoff = TimeSpan.Zero })],
    });
}
