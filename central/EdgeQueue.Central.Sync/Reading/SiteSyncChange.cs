namespace EdgeQueue.Central.Sync.Reading;

public enum SiteSyncChange
{
    Events,
    Status,
    Devices,
    Configuration,
}
