using EdgeQueue.Central.Booking;
using EdgeQueue.Central.Booking.Visits;
using EdgeQueue.Central.Documents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace EdgeQueue.Central.Pages;

/// <summary>"Sprawdź wizytę": code + PESEL show the visit (no hint which of the two was wrong).</summary>
[EnableRateLimiting(BookingRateLimits.Cancellation)]
public sealed class CheckModel(IVisitBooking booking, ConfirmationTokens tokens) : PageModel
{
    [BindProperty]
    public CheckInput Input { get; set; } = new();

    public BookedVisit? Found { get; private set; }

    public string Token { get; private set; } = "";

    public bool NothingFound { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellation)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        Found = await booking.FindAsync(Input.Code.Trim().ToUpperInvariant(), Input.Pesel.Trim(), cancellation);
        NothingFound = Found is null;
        if (Found is not null)
        {
            Token = tokens.Seal(VisitConfirmation.From(Found));
        }

        return Page();
    }
}
