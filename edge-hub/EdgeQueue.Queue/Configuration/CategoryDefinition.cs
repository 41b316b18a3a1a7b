namespace EdgeQueue.Queue.Configuration;

/// <summary>
/// A queue category such as "A — Dowody osobiste". <see cref="Hours"/> maps each weekday to its
/// opening hours; a weekday that is missing is closed.
/// </summary>
public sealed record CategoryDefinition
{
    /// <summary>One capital letter, printed before the ticket number (A017).</summary>
    public required string Prefix { get; init; }

    public required string Name { get; init; }

    public required IReadOnlyDictionary<DayOfWeek, DailyHours> Hours { get; init; }

    /// <summary>Walk-in tickets per day; null means no limit. Booked visits do not count.</summary>
    public int? DailyLimit { get; init; }

    /// <summary>Walk-in tickets stop this long before closing time (the last clients must still be served).</summary>
    public TimeSpan IssueCutoff { get; init; } = TimeSpan.Zero;

    /// <summary>Service time assumed for the wait estimate until the day has real ones.</summary>
    public TimeSpan DefaultServiceTime { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The same hours Monday to Friday, closed at the weekend.</summary>
    public static IReadOnlyDictionary<DayOfWeek, DailyHours> Weekdays(TimeOnly open, TimeOnly close) =>
        new Dictionary<DayOfWeek, DailyHours>
        {
            [DayOfWeek.Monday] = new(open, close),
            [DayOfWeek.Tuesday] = new(open, close),
            [DayOfWeek.Wednesday] = new(open, close),
            [DayOfWeek.Thursday] = new(open, close),
            [DayOfWeek.Friday] = new(open, close),
        };

    /// <summary>Open the whole day, every day (tests, benchmarks, 24-hour kiosks).</summary>
    public static IReadOnlyDictionary<DayOfWeek, DailyHours> AllDay() =>
        Enum.GetValues<DayOfWeek>().ToDictionary(d => d, _ => new DailyHours(TimeOnly.MinValue, TimeOnly.MaxValue));
}
