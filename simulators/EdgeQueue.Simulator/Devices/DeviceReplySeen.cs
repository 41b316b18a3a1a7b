namespace EdgeQueue.Simulator.Devices;

/// <summary>What the hub answered to one device event, as the device received it.</summary>
internal sealed record DeviceReplySeen(string EventId, bool Ok, string? Ticket, int? EtaMinutes, string? Error);
