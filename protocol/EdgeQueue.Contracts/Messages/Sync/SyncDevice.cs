namespace EdgeQueue.Contracts.Messages.Sync;

/// <summary>
/// One device of a site as its hub sees it: id and role, online, firmware, boot id, last seen,
/// paper (dispensers), signal, uptime, free memory and the last error reported for it.
/// </summary>
public sealed record SyncDevice(
    string Id,
    string Role,
    bool Online,
    string? Fw = null,
    string? Boot = null,
    DateTimeOffset? LastSeen = null,
    string? Paper = null,
    int? Rssi = null,
    long? UptimeS = null,
    long? FreeMem = null,
    string? LastError = null);
