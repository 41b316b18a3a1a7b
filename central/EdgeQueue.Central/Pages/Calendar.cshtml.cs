using EdgeQueue.Central.Booking.Catalogue;
using EdgeQueue.Central.Booking.Slots;
using EdgeQueue.Central.Residents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EdgeQueue.Central.Pages;

/// <summary>Step 4: the month calendar of free days for a matter at a location.</summary>
public sealed class CalendarModel(IBookingCatalogue catalogue, ISlotCalendar slots, LocalCalendar today) : PageModel
{
    public MatterDetails Matter { get; private set; } = null!;

    public MatterLocation Location { get; private set; } = null!;

    public MonthCalendar Month { get; private set; } = null!;

    public string? PreviousMonth { get; private set; }

    public string? NextMonth { get; private set; }

    public async Task<IActionResult> OnGetAsync(int matterId, string locationId, [FromQuery(Name = "miesiac")] string? month, CancellationToken cancellation)
    {
        if (await MatterAtLocation.FindAsync(catalogue, matterId, locationId, cancellation) is not (var matter, var location))
        {
            return NotFound();
        }

        var now = today.Today;
        if (!RouteFormats.TryMonth(month, out var year, out var number))
        {
            (year, number) = (now.Year, now.Month);
        }

        var result = await slots.GetMonthAsync(matterId, locationId, year, number, cancellation);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        (Matter, Location, Month) = (matter, location, result.Value!);
        var first = new DateOnly(year, number, 1);
        var previous = first.AddMonths(-1);
        var next = first.AddMonths(1);
        PreviousMonth = first > Month.FirstBookableDay ? RouteFormats.Month(previous.Year, previous.Month) : null;
        NextMonth = next <= Month.LastBookableDay ? RouteFormats.Month(next.Year, next.Month) : null;
        return Page();
    }
}
