using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using EdgeQueue.Hub.Security;
using EdgeQueue.Hub.Site;
using Microsoft.AspNetCore.Http;

namespace EdgeQueue.Hub.Web;

/// <summary>
/// HTTP Basic login for the technician pages, checked against the site file's <c>$7$</c> hash.
/// A header that verified once is remembered by its SHA-256, so a page's event stream and reloads
/// do not pay the PBKDF2 cost again.
/// </summary>
public sealed class TechnicianGate(TechnicianLogin login)
{
    private const string Realm = "EdgeQueue hub";
    private readonly Lock _gate = new();
    private byte[]? _acceptedHeaderHash;

    public bool IsAllowed(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Authorization.ToString();
        if (!AuthenticationHeaderValue.TryParse(header, out var value)
            || !string.Equals(value.Scheme, "Basic", StringComparison.OrdinalIgnoreCase) || value.Parameter is null)
        {
            return false;
        }

        var headerHash = SHA256.HashData(Encoding.UTF8.GetBytes(header));
        lock (_gate)
        {
            if (_acceptedHeaderHash is not null && CryptographicOperations.FixedTimeEquals(_acceptedHeaderHash, headerHash))
            {
                return true;
            }
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(value.Parameter));
        }
        catch (FormatException)
        {
            return false;
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || decoded[..colon] != login.Username
            || !MosquittoPasswordHash.Verify(decoded[(colon + 1)..], login.PasswordHash))
        {
            return false;
        }

        lock (_gate)
        {
            _acceptedHeaderHash = headerHash;
        }

        return true;
    }

    public static void Challenge(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.StatusCode = StatusCodes.Status401Unauthorized;
        response.Headers.WWWAuthenticate = $"Basic realm=\"{Realm}\", charset=\"UTF-8\"";
    }
}
