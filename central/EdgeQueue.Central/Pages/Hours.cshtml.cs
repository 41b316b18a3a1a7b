using EdgeQueue.Central.Booking.Catalogue;
using EdgeQueue.Central.Booking.Slots;
using EdgeQueue.Central.Residents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EdgeQueue.Central.Pages;

/// <summary>Step 5: the free hours of the chosen day.</summary>
public sealed class HoursModel(IBookingCatalogue catalogue, ISlotCalendar slots) : PageModel
{
    public MatterDetails Matter { get; private set; } = null!;

    public MatterLocation Location { get; private set; } = null!;

    public DaySlots Day { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int matterId, string locationId, string day, CancellationToken cancellation)
    {
        if (!RouteFormats.TryDay(day, out var date))
        {
            return NotFound();
        }

        if (await MatterAtLocation.FindAsync(catalogue, matterId, locationId, cancellation) is not (var matter, var location))
        {
            return NotFound();
        }

        var result = await slots.GetDayAsync(matterId, locationId, date, cancellation);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        (Matter, Location, Day) = (matter, location, result.Value!);
        return Page();
    }
}
