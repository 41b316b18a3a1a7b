namespace EdgeQueue.Central.SiteViews.Feed;

/// <summary>
/// The feed when central runs without the sync storage (no <c>AddCentralSync</c>): no sites, so the
/// pages say there is no data instead of failing. Central logs a warning when it is used.
/// </summary>
public sealed class EmptySiteFeed : ISiteFeed
{
    public event Action<string>? StatusChanged
    {
        add { }
        remove { }
    }

    public Task<IReadOnlyList<string>> SitesAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<string>>([]);

    public Task<SiteStatusReport?> StatusAsync(string site, CancellationToken cancellationToken) => Task.FromResult<SiteStatusReport?>(null);

    public Task<IReadOnlyList<SiteDeviceReport>> DevicesAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<SiteDeviceReport>>([]);

    public Task<IReadOnlyList<SiteEventRecord>> EventsAfterAsync(string site, long afterSeq, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SiteEventRecord>>([]);
}
