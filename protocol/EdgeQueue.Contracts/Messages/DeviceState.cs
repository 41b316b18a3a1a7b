namespace EdgeQueue.Contracts.Messages;

/// <summary>
/// Device → hub on <c>…/device/{id}/state</c>, QoS 1, retained. The device's will is
/// <c>{"online":false}</c>, so every field but <see cref="Online"/> is optional.
/// <see cref="ConfigVersion"/> is the version of the retained <c>config</c> the device applied, so a
/// technician sees a device stuck on an old configuration. <see cref="Log"/> holds the device's last
/// few log lines (connection changes, refused hub messages, loop failures), oldest first, each
/// stamped with the seconds since boot: what a technician would otherwise read on its serial console.
/// </summary>
public sealed record DeviceState(
    bool Online,
    string? Fw = null,
    string? Boot = null,
    long? UptimeS = null,
    int? Rssi = null,
    long? FreeMem = null,
    string? Paper = null,
    int? ConfigVersion = null,
    IReadOnlyList<string>? Log = null);
