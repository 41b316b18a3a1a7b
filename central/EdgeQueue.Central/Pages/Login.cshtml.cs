using System.Security.Claims;
using EdgeQueue.Central.Booking.Users;
using EdgeQueue.Central.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace EdgeQueue.Central.Pages;

/// <summary>Staff log-in: the core's user directory verifies the password; roles become role claims in the cookie.</summary>
[EnableRateLimiting(PageRateLimits.Login)]
public sealed class LoginModel(IUserDirectory users, ILogger<LoginModel> logger) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Failed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellation)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Read before the password check: a change in between leaves a stale stamp (the session ends), never a fresh one.
        var stamp = await users.GetSecurityStampAsync(Input.Login.Trim(), cancellation);
        var user = await users.VerifyPasswordAsync(Input.Login.Trim(), Input.Password, cancellation);
        if (user is null || stamp is null)
        {
            // Nothing typed goes to the log: people paste passwords or their PESEL into the login field.
            logger.LogWarning("Failed staff log-in");
            Failed = true;
            return Page();
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, user.Login),
            new(ClaimTypes.GivenName, user.DisplayName),
            new(StaffSessionValidator.SecurityStampClaim, stamp),
        };
        claims.AddRange(user.Roles.Select(role => new Claim(ClaimTypes.Role, role)));
        var identity = new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        logger.LogInformation("Staff {Login} logged in", user.Login);

        if (!string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl))
        {
            return LocalRedirect(ReturnUrl);
        }

        return Redirect(user.IsInRole(BookingRoles.Administrator) ? "/admin" : user.IsInRole(BookingRoles.Agent) ? "/centrum" : "/");
    }
}
