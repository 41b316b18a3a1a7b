using EdgeQueue.Hub.Queue;
using EdgeQueue.Hub.Site;
using EdgeQueue.Queue.Commands;
using EdgeQueue.Queue.Storage;
using EdgeQueue.Simulation.Traffic;

namespace EdgeQueue.Simulator.Hall;

/// <summary>
/// Puts the day's booked visits into the hub's queue store before the hub opens it, through the
/// store's own booking import (<see cref="SiteQueue.ImportBookingsAsync"/>, the seam central's
/// booking sync uses): versioned <see cref="SyncBooking"/> commands, committed in one transaction.
/// The hub then finds them when it starts, exactly as if central had sent them overnight. Only a
/// code, a matter, a time and a display name, never personal data.
/// </summary>
internal static class BookingLoader
{
    public static async Task<int> LoadAsync(SiteDefinition site, string dataFolder, DayPlan plan, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(plan);
        var opening = HallClock.Opening(plan, site.TimeZone);
        var bookings = plan.Bookings
            .Select(b => new SyncBooking(b.BookingCode!, b.Category, opening + b.BookedFor!.Value, $"Interesant {b.Number}", Version: 1))
            .ToList();
        using var queue = SiteQueue.Open(Path.Combine(dataFolder, StoredSiteQueue.FileName), site.Queue, clock);
        var results = await queue.ImportBookingsAsync(bookings);
        var refused = results.Where(r => r.Error != EdgeQueue.Queue.Results.QueueError.None).ToList();
        if (refused.Count > 0)
        {
            throw new InvalidOperationException($"the queue refused {refused.Count} of {bookings.Count} bookings, first: {refused[0].Message}");
        }

        return bookings.Count;
    }
}
