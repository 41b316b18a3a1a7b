using EdgeQueue.Central.Sync.Reading;

namespace EdgeQueue.Central.SiteViews.Feed;

/// <summary>The pages' <see cref="ISiteFeed"/> over the sync storage's <see cref="ICentralSyncReader"/>.</summary>
public sealed class CentralSyncSiteFeed : ISiteFeed, IDisposable
{
    private readonly ICentralSyncReader _reader;

    public CentralSyncSiteFeed(ICentralSyncReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _reader = reader;
        _reader.Changed += OnChanged;
    }

    public event Action<string>? StatusChanged;

    public async Task<IReadOnlyList<string>> SitesAsync(CancellationToken cancellationToken) =>
        (await _reader.ListSitesAsync(cancellationToken)).Select(site => site.SiteId).Order(StringComparer.Ordinal).ToList();

    public async Task<SiteStatusReport?> StatusAsync(string site, CancellationToken cancellationToken) =>
        await _reader.GetStatusAsync(site, cancellationToken) is { } record
            ? new SiteStatusReport(record.SiteId, record.Message, record.ReceivedAt)
            : null;

    public async Task<IReadOnlyList<SiteDeviceReport>> DevicesAsync(CancellationToken cancellationToken) =>
        (await _reader.ListDevicesAsync(cancellationToken))
            .Select(record => new SiteDeviceReport(record.SiteId, record.Message, record.ReceivedAt))
            .ToList();

    public async Task<IReadOnlyList<SiteEventRecord>> EventsAfterAsync(string site, long afterSeq, int limit, CancellationToken cancellationToken) =>
        (await _reader.ReadEventsAsync(site, afterSeq, limit, cancellationToken))
            .Select(stored => new SiteEventRecord(stored.Seq, stored.Type, stored.Json))
            .ToList();

    public void Dispose() => _reader.Changed -= OnChanged;

    private void OnChanged(object? sender, SiteSyncChangedEventArgs change)
    {
        if (change.Change == SiteSyncChange.Status)
        {
            StatusChanged?.Invoke(change.SiteId);
        }
    }
}
