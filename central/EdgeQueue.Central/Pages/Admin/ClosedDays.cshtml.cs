using EdgeQueue.Central.Booking.Administration;
using EdgeQueue.Central.Booking.Catalogue;
using EdgeQueue.Central.Residents;
using Microsoft.AspNetCore.Mvc;

namespace EdgeQueue.Central.Pages.Admin;

/// <summary>Holidays (every location) and closed days of one location, from today on.</summary>
public sealed class ClosedDaysModel(IBookingCatalogue catalogue, IBookingAdministration administration, LocalCalendar calendar) : AdminPageModel
{
    public IReadOnlyList<ClosedDay> Days { get; private set; } = [];

    public IReadOnlyList<Location> Locations { get; private set; } = [];

    /// <summary>The day the administrator asked to remove, shown for confirmation before anything is deleted.</summary>
    public ClosedDay? ToRemove { get; private set; }

    public async Task OnGetAsync([FromQuery(Name = "usun")] int? remove, CancellationToken cancellation)
    {
        Days = await catalogue.GetClosedDaysAsync(calendar.Today, null, cancellation);
        Locations = await catalogue.GetLocationsAsync(cancellation);
        ToRemove = Days.FirstOrDefault(d => d.Id == remove);
    }

    public string LocationName(string locationId) => Locations.FirstOrDefault(l => l.Id == locationId)?.Name ?? locationId;

    public async Task<IActionResult> OnPostAddAsync(string? day, string? locationId, string? reason, CancellationToken cancellation)
    {
        if (!RouteFormats.TryDay(day, out var date))
        {
            Problem = "Podaj dzień w postaci RRRR-MM-DD.";
            return RedirectToPage();
        }

        var draft = new ClosedDayDraft(string.IsNullOrEmpty(locationId) ? null : locationId, date, reason ?? "");
        return Done(await administration.AddClosedDayAsync(draft, Actor, cancellation), $"Dodano dzień wolny {RouteFormats.Day(date)}.");
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, CancellationToken cancellation) =>
        Done(await administration.RemoveClosedDayAsync(id, Actor, cancellation), "Usunięto dzień wolny.");
}
