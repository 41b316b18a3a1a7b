using EdgeQueue.Central.Booking.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace EdgeQueue.Central.Security;

/// <summary>
/// Checks a staff cookie against the user directory on every request: the cookie names the security
/// stamp it was issued with, and the directory changes the stamp when the user's roles or password
/// change, the user is deactivated or logs out. A cookie with another stamp is dropped at once, so a
/// demoted, deactivated or logged-out session gets the log-in page (API: 401), not 9 more hours.
/// One indexed read per staff request; residents carry no cookie and cost nothing.
/// </summary>
public static class StaffSessionValidator
{
    /// <summary>The claim holding the stamp the session was issued with.</summary>
    public const string SecurityStampClaim = "eq:security-stamp";

    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var login = context.Principal?.Identity?.Name;
        var stamp = context.Principal?.FindFirst(SecurityStampClaim)?.Value;
        if (login is not null && stamp is not null)
        {
            var users = context.HttpContext.RequestServices.GetRequiredService<IUserDirectory>();
            var current = await users.GetSecurityStampAsync(login, context.HttpContext.RequestAborted);
            if (string.Equals(current, stamp, StringComparison.Ordinal))
            {
                return;
            }
        }

        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }
}
