using EdgeQueue.Central.Booking.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EdgeQueue.Central.Pages;

/// <summary>
/// Log-out is a POST (with anti-forgery), so a link on another site cannot log staff out. It renews
/// the user's security stamp, so a copy of the cookie (another tab, another machine, a stolen one)
/// is refused too.
/// </summary>
public sealed class LogoutModel(IUserDirectory users) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellation)
    {
        if (User.Identity is { IsAuthenticated: true, Name: { } login })
        {
            await users.RenewSecurityStampAsync(login, cancellation);
        }

        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Redirect("/");
    }
}
