namespace EdgeQueue.Hub.Devices;

/// <summary>
/// What the technician page shows (<c>/devices/events</c>, <c>/devices.json</c>); <see cref="Central"/>
/// is the link to central ("up (…)"/"down (…)"), null when the hall runs alone;
/// <see cref="ConfigVersion"/> the device configuration the hub publishes now, so the page marks
/// devices that report an older one; <see cref="Storage"/> "ok" or "failing" (the queue store refuses
/// commits: every device event is answered <c>storage-failure</c>), with the problem and since when;
/// <see cref="TechnicianModeSince"/> set while the service button's technician mode is on, and
/// <see cref="StatusLight"/> what the hub's status light shows ("green", "blue blinking"), null without one;
/// <see cref="LedBoard"/> the hall LED board's shape and frames written, or why it is unavailable.
/// </summary>
public sealed record DevicesView(
    string Site, string TimeZone, string Broker, IReadOnlyList<DeviceStatus> Devices, int ConfigVersion, string? Central = null,
    string Storage = "ok", string? StorageProblem = null, DateTimeOffset? StorageSince = null,
    DateTimeOffset? TechnicianModeSince = null, string? StatusLight = null, string? LedBoard = null);
