using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace EdgeQueue.Central.Documents;

/// <summary>Seals a <see cref="VisitConfirmation"/> into a URL-safe token (ASP.NET data protection) and opens it again.</summary>
public sealed class ConfirmationTokens(IDataProtectionProvider provider, TimeProvider clock)
{
    /// <summary>Long enough to download the .ics file later; the visit itself is at most 30 days ahead.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(45);

    private readonly ITimeLimitedDataProtector _protector =
        provider.CreateProtector("EdgeQueue.Central.VisitConfirmation.v1").ToTimeLimitedDataProtector();

    public string Seal(VisitConfirmation confirmation)
    {
        var json = JsonSerializer.Serialize(confirmation);
        return _protector.Protect(json, clock.GetUtcNow() + Lifetime);
    }

    /// <summary>The confirmation, or null for a token that was tampered with, expired or is not ours.</summary>
    public VisitConfirmation? Open(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 4096)
        {
            return null;
        }

        try
        {
            var json = _protector.Unprotect(token, out var expires);
            return expires < clock.GetUtcNow() ? null : JsonSerializer.Deserialize<VisitConfirmation>(json);
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
