using EdgeQueue.Central.Booking;
using EdgeQueue.Central.Booking.Visits;
using EdgeQueue.Central.Residents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace EdgeQueue.Central.Pages.Agent;

/// <summary>Call-centre desk: a caller's active visits by PESEL, cancelled on their behalf (audited as the agent).</summary>
[EnableRateLimiting(BookingRateLimits.Cancellation)]
public sealed class AgentIndexModel(IVisitBooking booking) : PageModel
{
    [BindProperty]
    public string? Pesel { get; set; }

    public IReadOnlyList<BookedVisit>? Visits { get; private set; }

    public string? Message { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostFindAsync(CancellationToken cancellation)
    {
        if (string.IsNullOrWhiteSpace(Pesel))
        {
            ModelState.AddModelError(nameof(Pesel), "Podaj numer PESEL.");
            return Page();
        }

        Visits = await booking.FindActiveByPeselAsync(Pesel.Trim(), cancellation);
        return Page();
    }

    public async Task<IActionResult> OnPostCancelAsync(int matterId, string day, string? code, CancellationToken cancellation)
    {
        if (string.IsNullOrWhiteSpace(Pesel) || !RouteFormats.TryDay(day, out var date))
        {
            return BadRequest();
        }

        var result = await booking.CancelAsync(new CancelVisitRequest(Pesel.Trim(), matterId, date, code), StaffActor.For(User), cancellation);
        if (result.Succeeded)
        {
            Message = $"Odwołano wizytę {result.Visit!.Code}.";
        }
        else
        {
            ModelState.AddModelError(nameof(Pesel), result.Error!.Message);
        }

        Visits = await booking.FindActiveByPeselAsync(Pesel.Trim(), cancellation);
        return Page();
    }
}
