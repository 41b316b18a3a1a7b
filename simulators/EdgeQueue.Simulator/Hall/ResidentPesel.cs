using System.Globalization;
using EdgeQueue.Central.Booking.Privacy;

namespace EdgeQueue.Simulator.Hall;

/// <summary>
/// A valid PESEL for the n-th simulated resident: a date of birth between 1940 and 1999 spread by
/// n, a serial from n (so different residents never share one), and the real check digit.
/// </summary>
internal static class ResidentPesel
{
    private static readonly DateOnly Earliest = new(1940, 1, 1);

    private const int DaysInRange = 21_900; // about 60 years

    public static string For(int resident)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(resident);
        var born = Earliest.AddDays((int)((long)resident * 131 % DaysInRange));
        var digits = string.Create(CultureInfo.InvariantCulture, $"{born:yyMMdd}{resident % 10_000:D4}");
        return digits + Pesel.CheckDigit(digits).ToString(CultureInfo.InvariantCulture);
    }
}
