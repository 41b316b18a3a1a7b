using System.Globalization;

namespace EdgeQueue.Central.Documents;

/// <summary>Dates and hours the way Polish residents read them: "poniedziałek, 23 listopada 2026", "7:30".</summary>
public static class PolishFormat
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("pl-PL");

    public static string Day(DateOnly day) => day.ToString("dddd, d MMMM yyyy", Culture);

    /// <summary>
    /// <see cref="Day"/> around its day number: ("czwartek, ", " grudnia 2026"), for a calendar cell
    /// that shows only "3" and tells a screen reader the rest.
    /// </summary>
    public static (string Before, string After) AroundDayNumber(DateOnly day)
    {
        var full = Day(day);
        var number = day.Day.ToString(CultureInfo.InvariantCulture);
        var at = full.IndexOf(", " + number + " ", StringComparison.Ordinal) + 2;
        return (full[..at], full[(at + number.Length)..]);
    }

    public static string Hour(TimeOnly time) => time.ToString("H:mm", Culture);

    /// <summary>
    /// A month as a heading, in the nominative and capitalised: "Grudzień 2026". (In a date the
    /// genitive comes by itself: "d MMMM" gives "3 grudnia".)
    /// </summary>
    public static string Month(int year, int month)
    {
        var name = Culture.DateTimeFormat.MonthNames[month - 1];
        return string.Create(CultureInfo.InvariantCulture, $"{char.ToUpper(name[0], Culture)}{name[1..]} {year}");
    }

    /// <summary>
    /// A location's name and address on one line without saying the street twice: a name ending in
    /// the address's street ("Urząd Miasta Poznania, ul. Gronowa" at "ul. Gronowa 22A, 61-655 Poznań")
    /// gives "Urząd Miasta Poznania, ul. Gronowa 22A, 61-655 Poznań".
    /// </summary>
    public static string Place(string name, string address)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(address);
        name = name.Trim();
        address = address.Trim();
        var lastComma = name.LastIndexOf(',');
        var tail = name[(lastComma + 1)..].Trim();
        var repeated = tail.Length > 0 && address.StartsWith(tail, StringComparison.OrdinalIgnoreCase)
            && (address.Length == tail.Length || !char.IsLetter(address[tail.Length]));
        if (!repeated)
        {
            return address.Length == 0 ? name : $"{name}, {address}";
        }

        return lastComma < 0 ? address : $"{name[..lastComma].TrimEnd()}, {address}";
    }

    public static string IsoDay(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string IsoHour(TimeOnly time) => time.ToString("HH\\:mm", CultureInfo.InvariantCulture);
}
