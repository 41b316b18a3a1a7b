using System.Globalization;

namespace EdgeQueue.Central.Residents;

/// <summary>How days, hours and months appear in URLs: /2026-11-23, /0730, ?miesiac=2026-11.</summary>
public static class RouteFormats
{
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Hour(TimeOnly time) => time.ToString("HHmm", CultureInfo.InvariantCulture);

    public static string Month(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");

    public static bool TryDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    public static bool TryHour(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, "HHmm", CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    public static bool TryMonth(string? text, out int year, out int month)
    {
        year = 0;
        month = 0;
        if (!DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            return false;
        }

        (year, month) = (first.Year, first.Month);
        return true;
    }
}
