namespace EdgeQueue.Central.SiteViews.Fleet;

/// <summary>A device as the fleet view classifies it.</summary>
public enum DeviceState
{
    Online,
    Offline,

    /// <summary>Its hub has not reported for a while: the last known state may be stale.</summary>
    Unknown,
}
