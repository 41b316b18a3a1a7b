namespace EdgeQueue.Central.Booking.Catalogue;

/// <summary>Statutory public holidays in Poland (days off work), including Christmas Eve from 2025.</summary>
public static class PolishHolidays
{
    public static IReadOnlyList<(DateOnly Day, string Name)> For(int year)
    {
        var easter = EasterSunday(year);
        var days = new List<(DateOnly, string)>
        {
            (new DateOnly(year, 1, 1), "Nowy Rok"),
            (new DateOnly(year, 1, 6), "Święto Trzech Króli"),
            (easter, "Wielkanoc"),
            (easter.AddDays(1), "Poniedziałek Wielkanocny"),
            (new DateOnly(year, 5, 1), "Święto Pracy"),
            (new DateOnly(year, 5, 3), "Święto Konstytucji 3 Maja"),
            (easter.AddDays(49), "Zielone Świątki"),
            (easter.AddDays(60), "Boże Ciało"),
            (new DateOnly(year, 8, 15), "Wniebowzięcie Najświętszej Maryi Panny"),
            (new DateOnly(year, 11, 1), "Wszystkich Świętych"),
            (new DateOnly(year, 11, 11), "Narodowe Święto Niepodległości"),
            (new DateOnly(year, 12, 25), "Boże Narodzenie (pierwszy dzień)"),
            (new DateOnly(year, 12, 26), "Boże Narodzenie (drugi dzień)"),
        };
        if (year >= 2025)
        {
            days.Add((new DateOnly(year, 12, 24), "Wigilia Bożego Narodzenia"));
        }

        days.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return days;
    }

    /// <summary>Gregorian Easter Sunday (Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
