using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using EdgeQueue.Hub.Security;
using EdgeQueue.Hub.Site;
using EdgeQueue.Security;
using Microsoft.AspNetCore.Http;

namespace EdgeQueue.Hub.Web;

/// <summary>
/// HTTP Basic login for the technician pages, checked against the site file's <c>$7$</c> hash,
/// with a back-off on failures per source address and per user (<see cref="LoginBackOff"/>).
/// A header that verified once is remembered by its SHA-256, so a page's event stream and reloads
/// do not pay the PBKDF2 cost again (nor wait behind someone else's guessing).
/// </summary>
public sealed class TechnicianGate(TechnicianLogin login, TimeProvider time)
{
    private const string Realm = "EdgeQueue hub";
    private readonly Lock _gate = new();
    private readonly LoginBackOff _backOff = new(time);
    private byte[]? _acceptedHeaderHash;

    /// <summary>Allowed, or why not: no or wrong credentials (401), or too many failures (429 after <paramref name="retryAfter"/>).</summary>
    public bool IsAllowed(HttpRequest request, out TimeSpan retryAfter)
    {
        ArgumentNullException.ThrowIfNull(request);
        retryAfter = TimeSpan.Zero;
        var header = request.Headers.Authorization.ToString();
        if (!AuthenticationHeaderValue.TryParse(header, out var value)
            || !string.Equals(value.Scheme, "Basic", StringComparison.OrdinalIgnoreCase) || value.Parameter is null)
        {
            // No credentials yet: the browser asks for them after the 401; not a guess.
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

        var (user, password) = Decode(value.Parameter);
        var account = user == login.Username ? user : null;
        var source = request.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (_backOff.MustWait(source, account, out retryAfter))
        {
            return false;
        }

        if (account is null || password is null || !PasswordHash.Verify(password, login.PasswordHash))
        {
            _backOff.Failed(source, account);
            return false;
        }

        _backOff.Succeeded(source, account);
        lock (_gate)
        {
            _acceptedHeaderHash = headerHash;
        }

        return true;
    }

    /// <summary>The answer when <see cref="IsAllowed"/> said no: 429 with Retry-After while backing off, else 401 asking for the password.</summary>
    public static void Refuse(HttpResponse response, TimeSpan retryAfter)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (retryAfter > TimeSpan.Zero)
        {
            response.StatusCode = StatusCodes.Status429TooManyRequests;
            response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            return;
        }

        response.StatusCode = StatusCodes.Status401Unauthorized;
        response.Headers.WWWAuthenticate = $"Basic realm=\"{Realm}\", charset=\"UTF-8\"";
    }

    private static (string? User, string? Password) Decode(string parameter)
    {
        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(parameter));
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            return colon < 0 ? (decoded, null) : (decoded[..colon], decoded[(colon + 1)..]);
        }
        catch (FormatException)
        {
            return (null, null);
        }
    }
}
