using System.Globalization;

namespace EdgeQueue.Central.Booking.Storage;

/// <summary>Days are stored as ISO text (yyyy-MM-dd): sortable and identical on both databases.</summary>
internal static class DayText
{
    public static string From(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly Parse(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static int Minute(TimeOnly time) => (time.Hour * 60) + time.Minute;

    public static TimeOnly Time(int minute) => new(minute / 60, minute % 60);
}
