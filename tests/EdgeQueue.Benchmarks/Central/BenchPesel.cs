using System.Globalization;
using EdgeQueue.Central.Booking.Privacy;

namespace EdgeQueue.Benchmarks.Central;

/// <summary>Distinct valid PESEL numbers for simulated residents (born 1950–1999).</summary>
internal static class BenchPesel
{
    public static string For(int resident)
    {
        var year = 50 + (resident % 50);
        var month = 1 + (resident / 50 % 12);
        var day = 1 + (resident / 600 % 28);
        var serial = resident / 16800 % 10000;
        var first10 = string.Create(CultureInfo.InvariantCulture, $"{year:D2}{month:D2}{day:D2}{serial:D4}");
        return first10 + Pesel.CheckDigit(first10).ToString(CultureInfo.InvariantCulture);
    }
}
