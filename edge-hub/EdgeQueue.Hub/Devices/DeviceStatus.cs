namespace EdgeQueue.Hub.Devices;

/// <summary>
/// What the technician page shows for one device: from its retained <c>state</c> (online, firmware,
/// RSSI, paper), from the hub's own view (last seen, last error) and from the site file (role, counter,
/// printer).
/// </summary>
public sealed record DeviceStatus
{
    public required string Id { get; init; }

    public required string Role { get; init; }

    /// <summary>Counter number for a keypad, printer id for a dispenser.</summary>
    public string? Place { get; init; }

    public bool Online { get; init; }

    /// <summary>False until the device has published any state since the hub started.</summary>
    public bool EverSeen { get; init; }

    public string? Firmware { get; init; }

    public string? Boot { get; init; }

    public long? UptimeS { get; init; }

    public int? Rssi { get; init; }

    public long? FreeMem { get; init; }

    /// <summary>ok, low, out, or null when the device does not report paper.</summary>
    public string? Paper { get; init; }

    /// <summary>
    /// What the hub's own printer of this dispenser last said about paper (ok, low, out): the
    /// source of truth that the dispenser's <c>show</c> carries to its out-of-paper light.
    /// </summary>
    public string? PrinterPaper { get; init; }

    /// <summary>The config version the device reports as applied; compared with the hub's on the technician page.</summary>
    public int? ConfigVersion { get; init; }

    /// <summary>The device's last log lines from its retained state, oldest first (empty when it sent none).</summary>
    public IReadOnlyList<string> Log { get; init; } = [];

    public DateTimeOffset? LastSeen { get; init; }

    public string? LastError { get; init; }

    public DateTimeOffset? LastErrorAt { get; init; }
}
