using EdgeQueue.Central.Booking.Administration;
using EdgeQueue.Central.Booking.Api;
using EdgeQueue.Central.Booking.Catalogue;
using EdgeQueue.Hub.Site;
using EdgeQueue.Simulation.Traffic;

namespace EdgeQueue.Simulator.Hall;

/// <summary>
/// What the city's administrator sets up in central for the simulated hall, through the
/// administration API: the hall as a location (its site id, the hall's opening hours every day),
/// one department with a matter per hall category (the category's name and letter), visits as long
/// as the day plan's booking slot, and per matter as many places per slot as the plan books at most.
/// </summary>
internal static class DemoCatalogue
{
    public const string Address = "ul. Przykładowa 1, 00-950 Miasto";

    /// <summary>Creates it all; returns central's matter id per category letter.</summary>
    public static async Task<IReadOnlyDictionary<string, int>> SetUpAsync(CentralDesk administrator, SiteDefinition site, DayPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(administrator);
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(plan);
        var profile = plan.Profile;
        var location = (await administrator.PostAsync<CreatedId<string>>("api/admin/locations",
            new LocationDraft(site.SiteId, site.Name, Address), cancellationToken)).Id;
        await administrator.PutAsync($"api/admin/locations/{location}/hours",
            Enum.GetValues<DayOfWeek>().Select(day => new OpeningHours(day, profile.Opens, profile.Closes)).ToArray(), cancellationToken);
        var department = (await administrator.PostAsync<CreatedId<int>>("api/admin/departments",
            new DepartmentDraft(site.Hall ?? site.Name, "Sprawy załatwiane w sali obsługi tego urzędu; po przyjściu pobierz bilet z kodem wizyty.", 1), cancellationToken)).Id;
        var group = (await administrator.PostAsync<CreatedId<int>>("api/admin/matter-groups",
            new MatterGroupDraft(department, "Sprawy w sali obsługi", 1), cancellationToken)).Id;

        var placesPerSlot = plan.Bookings.GroupBy(b => (b.BookedFor, b.Category)).Select(g => g.Count()).DefaultIfEmpty(1).Max();
        var matters = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (category, order) in profile.Categories.Select((c, i) => (c, i + 1)))
        {
            var matter = (await administrator.PostAsync<CreatedId<int>>("api/admin/matters", new MatterDraft(
                group, category.Name, $"Wizyta w sali obsługi: {category.Name.ToLowerInvariant()}. Przy automacie wpisz kod wizyty, a bilet z literą {category.Prefix} wydrukuje się od razu.",
                ["Dowód osobisty lub paszport"], (int)profile.BookingSlot.TotalMinutes, category.Prefix, Active: true, order), cancellationToken)).Id;
            await administrator.PutAsync($"api/admin/matters/{matter}/locations/{location}", new CapacityRequest(placesPerSlot), cancellationToken);
            matters[category.Prefix] = matter;
        }

        return matters;
    }
}
