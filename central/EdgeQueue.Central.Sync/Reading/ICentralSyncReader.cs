using EdgeQueue.Contracts.Messages.Sync;

namespace EdgeQueue.Central.Sync.Reading;

/// <summary>
/// What central knows of its sites through the sync link, for the central pages (e-ticket page,
/// statistics, fleet view): every site's event log exactly once and in order, its latest live status
/// and device registry, and the cancellations a site's check-in overtook. Thread-safe; reads never
/// block the sync writer (SQLite WAL).
/// </summary>
public interface ICentralSyncReader
{
    /// <summary>Raised after a site's events, status or devices were stored (on the sync thread: hand work off).</summary>
    event EventHandler<SiteSyncChangedEventArgs>? Changed;

    /// <summary>Every site that has ever been heard from, by site id.</summary>
    Task<IReadOnlyList<SiteSyncSummary>> ListSitesAsync(CancellationToken cancellation = default);

    /// <summary>A site's events after <paramref name="afterSeq"/> in sequence order (at most <paramref name="max"/>).</summary>
    Task<IReadOnlyList<StoredSiteEvent>> ReadEventsAsync(string siteId, long afterSeq, int max, CancellationToken cancellation = default);

    /// <summary>Events of one site (or all sites when null) that happened in [from, to), by site then sequence.</summary>
    Task<IReadOnlyList<StoredSiteEvent>> ReadEventsBetweenAsync(string? siteId, DateTimeOffset from, DateTimeOffset to,
        CancellationToken cancellation = default);

    /// <summary>The latest live queue snapshot of a site, or null if none arrived yet.</summary>
    Task<SiteRecord<SyncSiteStatus>?> GetStatusAsync(string siteId, CancellationToken cancellation = default);

    /// <summary>The latest device registry of every site that sent one.</summary>
    Task<IReadOnlyList<SiteRecord<SyncDeviceList>>> ListDevicesAsync(CancellationToken cancellation = default);

    /// <summary>Cancellations that reached a site after the resident had checked in there (the visit stood).</summary>
    Task<IReadOnlyList<OvertakenCancellation>> ListOvertakenCancellationsAsync(string? siteId, CancellationToken cancellation = default);
}
