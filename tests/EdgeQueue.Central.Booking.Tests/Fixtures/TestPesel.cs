using System.Globalization;
using EdgeQueue.Central.Booking.Privacy;

namespace EdgeQueue.Central.Booking.Tests.Fixtures;

/// <summary>Valid PESEL numbers for tests, built from a birth date and a serial.</summary>
public static class TestPesel
{
    public static string For(int year, int month, int day, int serial)
    {
        var monthCode = year switch
        {
            < 1900 => month + 80,
            < 2000 => month,
            < 2100 => month + 20,
            < 2200 => month + 40,
            _ => month + 60,
        };
        var first10 = string.Create(CultureInfo.InvariantCulture, $"{year % 100:D2}{monthCode:D2}{day:D2}{serial % 10000:D4}");
        return first10 + Pesel.CheckDigit(first10).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The n-th distinct valid PESEL (adults born in the 1980s).</summary>
    public static string Nth(int n) => For(1980 + (n % 10), 1 + (n / 10 % 12), 1 + (n / 120 % 28), n);
}
