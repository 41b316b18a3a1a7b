using EdgeQueue.Contracts;

namespace EdgeQueue.Hub.Provisioning;

/// <summary>
/// A device just added or given a new password: <see cref="Password"/> is the only copy of the plain
/// password, for the board's settings file; the site file keeps its hash.
/// </summary>
public sealed record ProvisionedDevice(DeviceId Id, string Password);
