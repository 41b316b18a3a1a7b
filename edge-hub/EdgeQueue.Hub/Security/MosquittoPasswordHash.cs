using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EdgeQueue.Hub.Security;

/// <summary>
/// Password hashes in Mosquitto's own format, <c>$7$ITERATIONS$SALT$HASH</c> (PBKDF2-HMAC-SHA512,
/// base64 salt and hash), so the same site file drives the embedded broker and, exported verbatim,
/// a Mosquitto password file: a site can switch brokers without re-keying its devices.
/// </summary>
public static class MosquittoPasswordHash
{
    public const string Prefix = "$7$";

    /// <summary>Device passwords are long random strings; this keeps a reconnect storm of 40 devices short on a Pi.</summary>
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
    public static string? Problem(string? stored) => Parse(stored, out _, out _, out _);

    /// <summary>Constant-time comparison; a malformed stored hash never verifies.</summary>
    public static bool Verify(ReadOnlySpan<byte> password, string stored)
    {
        if (Parse(stored, out var iterations, out var salt, out var expected) is not null)
        {
            return false;
        }

        var actual = Derive(password, salt!, iterations, expected!.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    public static bool Verify(string password, string stored) => Verify(Encoding.UTF8.GetBytes(password), stored);

    private static byte[] Derive(ReadOnlySpan<byte> password, byte[] salt, int iterations, int length) =>
        Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA512, length);

    private static string? Parse(string? stored, out int iterations, out byte[]? salt, out byte[]? hash)
    {
        iterations = 0;
        salt = null;
        hash = null;
        if (string.IsNullOrEmpty(stored) || !stored.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return "expected a Mosquitto hash $7$ITERATIONS$SALT$HASH (make one with `edgequeue hub hash-password`)";
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

        try
        {
            salt = Convert.FromBase64String(parts[1]);
            hash = Convert.FromBase64String(parts[2]);
        }
        catch (FormatException)
        {
            return "salt or hash is not valid base64";
        }

        return salt.Length >= 8 && hash.Length >= 32 ? null : "salt or hash is too short";
    }
}
