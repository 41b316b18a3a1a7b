namespace EdgeQueue.Simulator.Devices;

/// <summary>One ticket request or check-in seen on the air, and the first reply to it.</summary>
internal sealed class LedgerEntry(string eventId, string deviceId, string kind, string? argument)
{
    public string EventId { get; } = eventId;

    public string DeviceId { get; } = deviceId;

    public string Kind { get; } = kind;

    /// <summary>The category asked for, or the booking code checked in with.</summary>
    public string? Argument { get; } = argument;

    public DeviceReplySeen? Reply { get; set; }
}
