namespace EdgeQueue.Contracts.Messages;

/// <summary>
/// Device → hub on <c>…/device/{id}/state</c>, QoS 1, retained. The device's will is
/// <c>{"online":false}</c>, so every field but <see cref="Online"/> is optional.
/// <see cref="ConfigVersion"/> is the version of the retained <c>config</c> the device applied, so a
/// technician sees a device stuck on an old configuration.
/// </summary>
public sealed record DeviceState(
    bool Online,
    string? Fw = null,
    string? Boot = null,
    long? UptimeS = null,
    int? Rssi = null,
    long? FreeMem = null,
    string? Paper = null,
    int? ConfigVersion = null);
