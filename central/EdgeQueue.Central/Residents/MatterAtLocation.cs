using EdgeQueue.Central.Booking.Catalogue;

namespace EdgeQueue.Central.Residents;

/// <summary>A matter together with one of the locations offering it, as the calendar, hours and form pages need.</summary>
public sealed record MatterAtLocation(MatterDetails Matter, MatterLocation Location)
{
    /// <summary>Null when the matter is unknown or not booked at that location (the pages answer 404).</summary>
    public static async Task<MatterAtLocation?> FindAsync(IBookingCatalogue catalogue, int matterId, string locationId, CancellationToken cancellation)
    {
        var matter = await catalogue.GetMatterAsync(matterId, cancellation);
        var location = matter?.Locations.FirstOrDefault(l => l.LocationId == locationId);
        return matter is null || location is null ? null : new MatterAtLocation(matter, location);
    }
}
