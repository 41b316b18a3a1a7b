using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EdgeQueue.Mqtt.Broker.Security;

/// <summary>
/// Salted PBKDF2-HMAC-SHA256 password hashes, stored as
/// <c>pbkdf2-sha256$ITERATIONS$SALT$HASH</c> (salt and hash in base64), so a leaked configuration
/// file reveals no password and the iteration count can grow without breaking old entries.
/// </summary>
public static class PasswordHasher
{
    public const string Scheme = "pbkdf2-sha256";

    /// <summary>
    /// Device passwords are long random strings, so brute force is not the threat that a large
    /// count defends against; 100,000 keeps a reconnect storm of a hall's devices short on a Pi.
    /// </summary>
    public const int DefaultIterations = 100_000;

    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    public static string Hash(string password, int iterations = DefaultIterations)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1_000);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Derive(Encoding.UTF8.GetBytes(password), salt, iterations, HashBytes);
        return string.Join('$', Scheme, iterations.ToString(CultureInfo.InvariantCulture),
            Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    /// <summary>Checks that a stored hash is well-formed; the message says what is wrong.</summary>
    public static bool TryParse(string stored, out string? problem)
    {
        problem = Parse(stored, out _, out _, out _);
        return problem is null;
    }

    /// <summary>Compares in constant time. A malformed stored hash never verifies.</summary>
    public static bool Verify(ReadOnlySpan<byte> password, string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (Parse(stored, out var iterations, out var salt, out var expected) is not null)
        {
            return false;
        }

        var actual = Derive(password, salt!, iterations, expected!.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    private static byte[] Derive(ReadOnlySpan<byte> password, byte[] salt, int iterations, int length) =>
        Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, length);

    private static string? Parse(string stored, out int iterations, out byte[]? salt, out byte[]? hash)
    {
        iterations = 0;
        salt = null;
        hash = null;
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != Scheme)
        {
            return $"expected {Scheme}$ITERATIONS$SALT$HASH (make one with `edgequeue broker passwd`)";
        }

        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out iterations) || iterations < 1_000)
        {
            return $"iteration count '{parts[1]}' is not a number of at least 1000";
        }

        try
        {
            salt = Convert.FromBase64String(parts[2]);
            hash = Convert.FromBase64String(parts[3]);
        }
        catch (FormatException)
        {
            return "salt or hash is not valid base64";
        }

        return salt.Length >= 8 && hash.Length >= 16 ? null : "salt or hash is too short";
    }
}
