using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EdgeQueue.Security;

/// <summary>
/// Salted PBKDF2-HMAC-SHA512 password hashes in Mosquitto's format <c>$7$ITERATIONS$SALT$HASH</c>
/// (base64 salt and hash). One format for every password EdgeQueue keeps, so a site file's device
/// hashes go verbatim into a Mosquitto password file and back, and the iteration count can grow
/// without breaking older entries.
/// </summary>
public static class PasswordHash
{
    public const string Prefix = "$7$";

    /// <summary>
    /// For machine passwords (devices, the hub's broker login): long random strings, so a large
    /// count buys little and would make a reconnect storm of a hall's 40 devices slow on a Pi.
    /// People's passwords (central staff) pass a larger count.
    /// </summary>
    public const int DefaultIterations = 10_000;

    private const int SaltBytes = 12;
    private const int HashBytes = 64;

    public static string Create(string password, int iterations = DefaultIterations)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Derive(Encoding.UTF8.GetBytes(password), salt, iterations, HashBytes);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Prefix}{iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}");
    }

    /// <summary>Null when <paramref name="stored"/> is a usable hash, else what is wrong with it.</summary>
    public static string? Problem(string? stored) =>
        LegacyPbkdf2Sha256.Matches(stored) ? LegacyPbkdf2Sha256.Problem(stored!) : Parse(stored, out _, out _, out _);

    /// <summary>
    /// True for a hash of the format EdgeQueue wrote before 2026-12 (<c>pbkdf2-sha256$…</c>): it
    /// still verifies, and whoever holds it should store <see cref="Create"/>'s hash on the next
    /// successful log-in.
    /// </summary>
    public static bool IsLegacy(string? stored) => LegacyPbkdf2Sha256.Matches(stored);

    /// <summary>
    /// The iteration count of a usable hash (for a decoy hash that costs the same to check, so the
    /// time of a refusal does not tell a known user from an unknown one); else <see cref="DefaultIterations"/>.
    /// </summary>
    public static int IterationsOf(string? stored)
    {
        var parts = (stored ?? string.Empty).Split('$');
        var field = LegacyPbkdf2Sha256.Matches(stored) ? parts[1] : parts.Length > 2 ? parts[2] : string.Empty;
        return Problem(stored) is null && int.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : DefaultIterations;
    }

    /// <summary>Constant-time comparison; a malformed stored hash never verifies.</summary>
    public static bool Verify(ReadOnlySpan<byte> password, string? stored)
    {
        if (LegacyPbkdf2Sha256.Matches(stored))
        {
            return LegacyPbkdf2Sha256.Verify(password, stored!);
        }

        if (Parse(stored, out var iterations, out var salt, out var expected) is not null)
        {
            return false;
        }

        var actual = Derive(password, salt!, iterations, expected!.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    public static bool Verify(string password, string? stored)
    {
        ArgumentNullException.ThrowIfNull(password);
        return Verify(Encoding.UTF8.GetBytes(password), stored);
    }

    private static byte[] Derive(ReadOnlySpan<byte> password, byte[] salt, int iterations, int length) =>
        Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA512, length);

    private static string? Parse(string? stored, out int iterations, out byte[]? salt, out byte[]? hash)
    {
        iterations = 0;
        salt = null;
        hash = null;
        if (string.IsNullOrEmpty(stored) || !stored.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return "expected a Mosquitto hash $7$ITERATIONS$SALT$HASH (make one with `edgequeue hub hash-password` or mosquitto_passwd)";
        }

        var parts = stored[Prefix.Length..].Split('$');
        if (parts.Length != 3)
        {
            return "expected $7$ITERATIONS$SALT$HASH";
        }

        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out iterations) || iterations < 1)
        {
            return $"iteration count '{parts[0]}' is not a positive whole number";
        }

        if (!Base64.TryDecode(parts[1], out salt) || !Base64.TryDecode(parts[2], out hash))
        {
            return "salt or hash is not valid base64";
        }

        return salt!.Length >= 8 && hash!.Length >= 32 ? null : "salt or hash is too short";
    }
}
