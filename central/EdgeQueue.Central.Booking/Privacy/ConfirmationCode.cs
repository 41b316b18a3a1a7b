using System.Security.Cryptography;

namespace EdgeQueue.Central.Booking.Privacy;

/// <summary>
/// Confirmation codes: 8 characters from a cryptographic generator over an alphabet without
/// look-alikes (no 0/O, 1/I/L), so a code read over the phone or from paper is typed right.
/// 31⁸ ≈ 8.5·10¹¹ codes.
/// </summary>
public static class ConfirmationCode
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public const int Length = 8;

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>Upper-cases and drops spaces and dashes; null when it cannot be a code.</summary>
    public static string? Normalize(string? typed)
    {
        if (typed is null)
        {
            return null;
        }

        Span<char> buffer = stackalloc char[Length];
        var count = 0;
        foreach (var c in typed)
        {
            if (c is ' ' or '-')
            {
                continue;
            }

            var upper = char.ToUpperInvariant(c);
            if (count == Length || !Alphabet.Contains(upper, StringComparison.Ordinal))
            {
                return null;
            }

            buffer[count++] = upper;
        }

        return count == Length ? new string(buffer) : null;
    }
}
