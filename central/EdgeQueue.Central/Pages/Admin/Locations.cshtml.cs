using System.Globalization;
using EdgeQueue.Central.Booking.Administration;
using EdgeQueue.Central.Booking.Catalogue;
using Microsoft.AspNetCore.Mvc;

namespace EdgeQueue.Central.Pages.Admin;

/// <summary>Sites (shared ids with the halls' hubs) and their weekly booking hours.</summary>
public sealed class LocationsModel(IBookingCatalogue catalogue, IBookingAdministration administration) : AdminPageModel
{
    public static IReadOnlyList<(DayOfWeek Day, string Name)> Weekdays { get; } =
    [
        (DayOfWeek.Monday, "Poniedziałek"), (DayOfWeek.Tuesday, "Wtorek"), (DayOfWeek.Wednesday, "Środa"),
        (DayOfWeek.Thursday, "Czwartek"), (DayOfWeek.Friday, "Piątek"), (DayOfWeek.Saturday, "Sobota"), (DayOfWeek.Sunday, "Niedziela"),
    ];

    public IReadOnlyList<Location> Locations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellation) =>
        Locations = await catalogue.GetLocationsAsync(cancellation);

    public async Task<IActionResult> OnPostCreateAsync(string id, string name, string address, CancellationToken cancellation) =>
        Done(await administration.CreateLocationAsync(new LocationDraft((id ?? "").Trim(), name ?? "", address ?? ""), Actor, cancellation), $"Dodano lokalizację „{name}”.");

    public async Task<IActionResult> OnPostUpdateAsync(string id, string name, string address, CancellationToken cancellation) =>
        Done(await administration.UpdateLocationAsync(new LocationDraft(id ?? "", name ?? "", address ?? ""), Actor, cancellation), $"Zapisano lokalizację „{name}”.");

    public async Task<IActionResult> OnPostDeleteAsync(string locationId, CancellationToken cancellation) =>
        Done(await administration.DeleteLocationAsync(locationId ?? "", Actor, cancellation), "Usunięto lokalizację.");

    public async Task<IActionResult> OnPostHoursAsync(string locationId, Dictionary<int, string?> opens, Dictionary<int, string?> closes, CancellationToken cancellation)
    {
        var hours = new List<OpeningHours>();
        foreach (var (day, name) in Weekdays)
        {
            var open = opens.GetValueOrDefault((int)day);
            var close = closes.GetValueOrDefault((int)day);
            if (string.IsNullOrWhiteSpace(open) && string.IsNullOrWhiteSpace(close))
            {
                continue;
            }

            if (!TimeOnly.TryParse(open, CultureInfo.InvariantCulture, out var from) || !TimeOnly.TryParse(close, CultureInfo.InvariantCulture, out var to))
            {
                Problem = $"{name}: podaj obie godziny (od i do) albo zostaw oba pola puste.";
                return RedirectToPage();
            }

            hours.Add(new OpeningHours(day, from, to));
        }

        return Done(await administration.SetOpeningHoursAsync(locationId ?? "", hours, Actor, cancellation), "Zapisano godziny rezerwacji.");
    }
}
