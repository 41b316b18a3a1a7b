namespace EdgeQueue.Central.SiteViews.Fleet;

/// <summary>
/// One device on the fleet view. <see cref="OfflineSince"/> is when it was last seen online (or
/// when its hub last reported, for a silent hub); <see cref="Alerts"/> lists in Polish what a
/// technician should act on: offline too long, paper low or out, old firmware, an error.
/// </summary>
public sealed record FleetDevice(
    string Site,
    string Id,
    string Role,
    DeviceState State,
    string? Firmware,
    bool OldFirmware,
    DateTimeOffset? LastSeen,
    string? Paper,
    DateTimeOffset? OfflineSince,
    string? LastError,
    IReadOnlyList<string> Alerts)
{
    public bool HasAlert => Alerts.Count > 0;

    /// <summary>Offline (or unknown) for longer than the configured limit.</summary>
    public bool OfflineAlert { get; init; }
}
