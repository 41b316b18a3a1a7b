using EdgeQueue.Central.Booking.Catalogue;

namespace EdgeQueue.Central.Pages.Shared;

/// <summary>
/// The names staff know the halls by: a hub's site id is shown as the name of the booking location
/// with that id ("Urząd Miasta Poznania, ul. Libelta"), or as the id when central has no such location.
/// </summary>
public sealed class SiteNames
{
    private readonly Dictionary<string, string> _names;

    private SiteNames(Dictionary<string, string> names) => _names = names;

    public static SiteNames None { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    public static async Task<SiteNames> LoadAsync(IBookingCatalogue catalogue, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var locations = await catalogue.GetLocationsAsync(cancellation);
        return new SiteNames(locations.ToDictionary(l => l.Id, l => l.Name, StringComparer.Ordinal));
    }

    public string Of(string site) => _names.TryGetValue(site, out var name) ? name : site;
}
