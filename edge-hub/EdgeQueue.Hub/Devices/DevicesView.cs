namespace EdgeQueue.Hub.Devices;

/// <summary>What the technician page shows (<c>/devices/events</c>, <c>/devices.json</c>).</summary>
public sealed record DevicesView(string Site, string TimeZone, string Broker, IReadOnlyList<DeviceStatus> Devices);
