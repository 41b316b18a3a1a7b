using System.Collections.Concurrent;
using EdgeQueue.Central.SiteViews.Feed;
using EdgeQueue.Contracts.Messages.Sync;
using EdgeQueue.Contracts;
using EdgeQueue.Contracts.Messages.Sync.Events;

namespace EdgeQueue.Central.SiteViews.Tests;

/// <summary>
/// The pages' feed as the sync storage would answer it, held in memory so a test sets exactly what
/// central "received". Events are stored as the hub sends them: hall event contract JSON with the "type" property.
/// </summary>
internal sealed class MemorySiteFeed : ISiteFeed
{
    private readonly ConcurrentDictionary<string, List<SiteEventRecord>> _events = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SiteStatusReport> _status = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SiteDeviceReport> _devices = new(StringComparer.Ordinal);

    public event Action<string>? StatusChanged;

    public int EventReads { get; private set; }

    public void AddEvents(string site, params HallEvent[] events)
    {
        var list = _events.GetOrAdd(site, _ => []);
        lock (list)
        {
            foreach (var queueEvent in events)
            {
                list.Add(new SiteEventRecord(list.Count + 1, queueEvent.Name, ContractJson.SerializeToString(queueEvent)));
            }
        }
    }

    public void AddRaw(string site, SiteEventRecord record)
    {
        var list = _events.GetOrAdd(site, _ => []);
        lock (list)
        {
            list.Add(record);
        }
    }

    public void SetStatus(string site, SyncSiteStatus status, DateTimeOffset receivedAt)
    {
        _status[site] = new SiteStatusReport(site, status, receivedAt);
        StatusChanged?.Invoke(site);
    }

    public void SetDevices(string site, SyncDeviceList devices, DateTimeOffset receivedAt) =>
        _devices[site] = new SiteDeviceReport(site, devices, receivedAt);

    public Task<IReadOnlyList<string>> SitesAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>(_events.Keys.Union(_status.Keys).Union(_devices.Keys).Order(StringComparer.Ordinal).ToList());

    public Task<SiteStatusReport?> StatusAsync(string site, CancellationToken cancellationToken) =>
        Task.FromResult(_status.GetValueOrDefault(site));

    public Task<IReadOnlyList<SiteDeviceReport>> DevicesAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SiteDeviceReport>>(_devices.Values.ToList());

    public Task<IReadOnlyList<SiteEventRecord>> EventsAfterAsync(string site, long afterSeq, int limit, CancellationToken cancellationToken)
    {
        EventReads++;
        if (!_events.TryGetValue(site, out var list))
        {
            return Task.FromResult<IReadOnlyList<SiteEventRecord>>([]);
        }

        lock (list)
        {
            return Task.FromResult<IReadOnlyList<SiteEventRecord>>(list.Where(e => e.Seq > afterSeq).Take(limit).ToList());
        }
    }
}
