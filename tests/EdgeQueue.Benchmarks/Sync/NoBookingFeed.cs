using EdgeQueue.Central.Booking.Sync;

namespace EdgeQueue.Benchmarks.Sync;

/// <summary>The catch-up benchmark measures events only: central has no booking changes to send.</summary>
internal sealed class NoBookingFeed : ISiteBookingFeed
{
    public Task<IReadOnlyList<SiteBookingChange>> ReadAsync(string siteId, long afterSequence, int max, CancellationToken cancellation = default) =>
        Task.FromResult<IReadOnlyList<SiteBookingChange>>([]);

    public Task<long> GetLastSequenceAsync(string siteId, CancellationToken cancellation = default) => Task.FromResult(0L);
}
