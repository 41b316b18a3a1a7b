using System.Globalization;
using System.Security.Cryptography;

namespace EdgeQueue.Security;

/// <summary>
/// Reads (never writes) <c>pbkdf2-sha256$ITERATIONS$SALT$HASH</c>, the format the broker host and
/// central wrote before the hashes became one: broker configuration files and central's user
/// table made by an older version keep working, and central re-hashes a user at the next log-in.
/// </summary>
internal static class LegacyPbkdf2Sha256
{
    private const string Scheme = "pbkdf2-sha256$";

    public static bool Matches(string? stored) => stored?.StartsWith(Scheme, StringComparison.Ordinal) == true;

    public static string? Problem(string stored) => Parse(stored, out _, out _, out _);

    public static bool Verify(ReadOnlySpan<byte> password, string stored)
    {
        if (Parse(stored, out var iterations, out var salt, out var expected) is not null)
        {
            return false;
        }

        var actual = Rfc2898DeriveBytes.Pbkdf2(password, salt!, iterations, HashAlgorithmName.SHA256, expected!.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    private static string? Parse(string stored, out int iterations, out byte[]? salt, out byte[]? hash)
    {
        iterations = 0;
        salt = null;
        hash = null;
        var parts = stored[Scheme.Length..].Split('$');
        if (parts.Length != 3)
        {
            return "expected pbkdf2-sha256$ITERATIONS$SALT$HASH";
        }

        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out iterations) || iterations < 1_000)
        {
            return $"iteration count '{parts[0]}' is not a number of at least 1000";
        }

        if (!Base64.TryDecode(parts[1], out salt) || !Base64.TryDecode(parts[2], out hash))
        {
            return "salt or hash is not valid base64";
        }

        return salt!.Length >= 8 && hash!.Length >= 16 ? null : "salt or hash is too short";
    }
}
