using System.Globalization;

namespace EdgeQueue.Central.Documents;

/// <summary>Dates and hours the way Polish residents read them: "poniedziałek, 23 listopada 2026", "7:30".</summary>
public static class PolishFormat
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("pl-PL");

    public static string Day(DateOnly day) => day.ToString("dddd, d MMMM yyyy", Culture);

    public static string Hour(TimeOnly time) => time.ToString("H:mm", Culture);

    public static string Month(int year, int month) =>
        Culture.TextInfo.ToTitleCase(new DateOnly(year, month, 1).ToString("LLLL yyyy", Culture));

    public static string IsoDay(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string IsoHour(TimeOnly time) => time.ToString("HH\\:mm", CultureInfo.InvariantCulture);
}
