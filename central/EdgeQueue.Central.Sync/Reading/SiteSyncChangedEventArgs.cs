namespace EdgeQueue.Central.Sync.Reading;

/// <summary>Which site changed and what part of it.</summary>
public sealed class SiteSyncChangedEventArgs(string siteId, SiteSyncChange change) : EventArgs
{
    public string SiteId { get; } = siteId;

    public SiteSyncChange Change { get; } = change;
}
