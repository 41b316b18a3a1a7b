namespace EdgeQueue.Central.SiteViews.Feed;

/// <summary>
/// What the pages read from central's sync storage: the sites that reported, each site's latest
/// queue status and device list, and its queue events in sequence order. Read-only; the sync
/// service is the only writer. Implementations must be safe to call from many requests at once.
/// </summary>
public interface ISiteFeed
{
    /// <summary>Raised (on any thread) after a site's status was stored; lets open pages update at once instead of at the next poll.</summary>
    event Action<string>? StatusChanged;

    /// <summary>Every site central has heard from, ordered by id.</summary>
    Task<IReadOnlyList<string>> SitesAsync(CancellationToken cancellationToken);

    /// <summary>The latest queue status the site's hub published, or null when none arrived yet.</summary>
    Task<SiteStatusReport?> StatusAsync(string site, CancellationToken cancellationToken);

    /// <summary>The latest device list of every site that sent one.</summary>
    Task<IReadOnlyList<SiteDeviceReport>> DevicesAsync(CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="limit"/> stored events of the site with a sequence number above <paramref name="afterSeq"/>, in order.</summary>
    Task<IReadOnlyList<SiteEventRecord>> EventsAfterAsync(string site, long afterSeq, int limit, CancellationToken cancellationToken);
}
