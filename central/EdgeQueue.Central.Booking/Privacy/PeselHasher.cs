using System.Security.Cryptography;
using System.Text;

namespace EdgeQueue.Central.Booking.Privacy;

/// <summary>
/// Keyed hash of a PESEL (HMAC-SHA256): lets the service find a resident's visits and enforce the
/// limit per PESEL without storing the number. Without the key the hash cannot be reversed by
/// trying all ~10¹⁰ possible numbers.
/// </summary>
public sealed class PeselHasher
{
    private readonly byte[] _key;

    public PeselHasher(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < 32)
        {
            throw new ArgumentException("The PESEL HMAC key must be at least 32 bytes.", nameof(key));
        }

        _key = [.. key];
    }

    /// <param name="digits">The 11 validated digits (<see cref="PeselCheck.Digits"/>).</param>
    public string Hash(string digits) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(digits)));
}
