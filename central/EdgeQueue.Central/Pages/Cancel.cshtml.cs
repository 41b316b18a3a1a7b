using EdgeQueue.Central.Booking;
using EdgeQueue.Central.Booking.Catalogue;
using EdgeQueue.Central.Booking.Visits;
using EdgeQueue.Central.Residents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace EdgeQueue.Central.Pages;

/// <summary>Cancellation with PESEL + matter + day (+ code). An agent may leave the code empty.</summary>
[EnableRateLimiting(BookingRateLimits.Cancellation)]
public sealed class CancelModel(IBookingCatalogue catalogue, IVisitBooking booking) : PageModel
{
    public IReadOnlyList<(string Department, IReadOnlyList<MatterSummary> Matters)> Matters { get; private set; } = [];

    public BookedVisit? Cancelled { get; private set; }

    public bool ByAgent => StaffActor.IsAgent(User);

    [BindProperty]
    public CancelInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellation) =>
        Matters = await MatterChoices.LoadAsync(catalogue, cancellation);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellation)
    {
        Matters = await MatterChoices.LoadAsync(catalogue, cancellation);
        if (!RouteFormats.TryDay(Input.Day, out var day) && !string.IsNullOrEmpty(Input.Day))
        {
            ModelState.AddModelError("Input.Day", "Podaj dzień w postaci RRRR-MM-DD, np. 2026-11-23.");
        }

        if (!ByAgent && string.IsNullOrWhiteSpace(Input.Code))
        {
            ModelState.AddModelError("Input.Code", "Podaj kod potwierdzenia.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var code = string.IsNullOrWhiteSpace(Input.Code) ? null : Input.Code.Trim().ToUpperInvariant();
        var result = await booking.CancelAsync(
            new CancelVisitRequest(Input.Pesel.Trim(), Input.MatterId!.Value, day, code), StaffActor.For(User), cancellation);
        if (!result.Succeeded)
        {
            var field = result.Error!.Code == BookingErrorCode.InvalidPesel ? "Input.Pesel" : string.Empty;
            ModelState.AddModelError(field, result.Error.Message);
            return Page();
        }

        Cancelled = result.Visit;
        return Page();
    }
}
