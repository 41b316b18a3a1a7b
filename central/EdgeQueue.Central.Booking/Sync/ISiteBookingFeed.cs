namespace EdgeQueue.Central.Booking.Sync;

/// <summary>Reads a site's booking change log in sequence order, for the hub ↔ central sync.</summary>
public interface ISiteBookingFeed
{
    Task<IReadOnlyList<SiteBookingChange>> ReadAsync(string siteId, long afterSequence, int max, CancellationToken cancellation = default);

    /// <summary>The highest sequence number written for the site (0 when none).</summary>
    Task<long> GetLastSequenceAsync(string siteId, CancellationToken cancellation = default);
}
