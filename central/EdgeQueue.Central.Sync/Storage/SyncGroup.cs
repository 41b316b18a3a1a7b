using EdgeQueue.Contracts.Messages.Sync;

namespace EdgeQueue.Central.Sync.Storage;

/// <summary>
/// What the link took off the broker in one turn, stored in one transaction: the events of every hub
/// message, and the newest status and device list of each site (a snapshot replaces the one before,
/// so older ones of the same turn need no write at all).
/// </summary>
internal sealed record SyncGroup(
    IReadOnlyList<SiteEventBatch> Events,
    IReadOnlyDictionary<string, SyncSiteStatus> Statuses,
    IReadOnlyDictionary<string, SyncDeviceList> DeviceLists)
{
    public static SyncGroup OfEvents(IReadOnlyList<SiteEventBatch> events) =>
        new(events, new Dictionary<string, SyncSiteStatus>(), new Dictionary<string, SyncDeviceList>());

    public bool IsEmpty => Events.Count == 0 && Statuses.Count == 0 && DeviceLists.Count == 0;
}
