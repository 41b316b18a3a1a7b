namespace EdgeQueue.Central.SiteViews.Feed;

/// <summary>
/// What the pages read from central's sync storage: the sites that reported, each site's latest
/// queue status and device list, and its queue events in sequence order. Read-only; the sync
/// service is the only writer. Implementations must be safe to call from many requests at once.
/// </summary>
public interface ISiteFeed
{
    /// <summary>Every site central has heard from, ordered by id.</summary>
    IReadOnlyList<string> Sites();

    /// <summary>The latest queue status the site's hub published, or null when none arrived yet.</summary>
    SiteStatusReport? Status(string site);

    /// <summary>The latest device list of every site that sent one.</summary>
    IReadOnlyList<SiteDeviceReport> Devices();

    /// <summary>Up to <paramref name="limit"/> stored events of the site with a sequence number above <paramref name="afterSeq"/>, in order.</summary>
    IReadOnlyList<SiteEventRecord> EventsAfter(string site, long afterSeq, int limit);
}
