using EdgeQueue.Central.Booking.Visits;

namespace EdgeQueue.Central.Booking.Privacy;

/// <summary>
/// The Polish national identification number: 11 digits, date of birth YYMMDD with the century in
/// the month (+80 for 1800s, +0 1900s, +20 2000s, +40 2100s, +60 2200s), serial, sex digit, and a
/// check digit with weights 1-3-7-9.
/// </summary>
public static class Pesel
{
    private static readonly int[] Weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];

    /// <summary>Validates a PESEL typed by a resident (spaces allowed) against today's date.</summary>
    /// <returns>The 11 digits, or a clear error naming what is wrong.</returns>
    public static PeselCheck Check(string? input, DateOnly today)
    {
        var digits = (input ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Trim();
        if (digits.Length == 0)
        {
            return PeselCheck.Invalid("Podaj numer PESEL.", "PESEL is required.");
        }

        if (digits.Length != 11 || !digits.All(char.IsAsciiDigit))
        {
            return PeselCheck.Invalid("Numer PESEL musi składać się z 11 cyfr.", "PESEL must consist of 11 digits.");
        }

        var birthDate = BirthDate(digits);
        if (birthDate is null)
        {
            return PeselCheck.Invalid("Numer PESEL zawiera nieprawidłową datę urodzenia.", "PESEL encodes an invalid date of birth.");
        }

        if (birthDate > today)
        {
            return PeselCheck.Invalid("Numer PESEL zawiera datę urodzenia z przyszłości.", "PESEL encodes a date of birth in the future.");
        }

        if (CheckDigit(digits) != digits[10] - '0')
        {
            return PeselCheck.Invalid(
                "Numer PESEL ma błędną cyfrę kontrolną. Sprawdź, czy nie ma w nim literówki.",
                "PESEL check digit is wrong; check it for a typo.");
        }

        return new PeselCheck(digits, birthDate, null);
    }

    /// <summary>The check digit for the first ten digits.</summary>
    public static int CheckDigit(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            sum += (digits[i] - '0') * Weights[i];
        }

        return (10 - (sum % 10)) % 10;
    }

    /// <summary>The date of birth encoded in digits 1–6, or null when it is no real date.</summary>
    public static DateOnly? BirthDate(ReadOnlySpan<char> digits)
    {
        var yy = ((digits[0] - '0') * 10) + (digits[1] - '0');
        var mm = ((digits[2] - '0') * 10) + (digits[3] - '0');
        var dd = ((digits[4] - '0') * 10) + (digits[5] - '0');
        var (century, month) = mm switch
        {
            >= 81 and <= 92 => (1800, mm - 80),
            >= 1 and <= 12 => (1900, mm),
            >= 21 and <= 32 => (2000, mm - 20),
            >= 41 and <= 52 => (2100, mm - 40),
            >= 61 and <= 72 => (2200, mm - 60),
            _ => (0, 0),
        };
        if (century == 0 || dd < 1 || dd > DateTime.DaysInMonth(century + yy, month))
        {
            return null;
        }

        return new DateOnly(century + yy, month, dd);
    }
}
