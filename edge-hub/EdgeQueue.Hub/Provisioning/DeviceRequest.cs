namespace EdgeQueue.Hub.Provisioning;

/// <summary>
/// A device to add to the site file, as the technician gave it (command options or the page's
/// form): checked by <see cref="DeviceProvisioner.Add"/> and then by the hub's own site validation.
/// </summary>
public sealed record DeviceRequest
{
    /// <summary><c>dispenser</c>, <c>keypad</c> or <c>board</c> (the id's prefix is accepted too).</summary>
    public required string Role { get; init; }

    public required string Id { get; init; }

    /// <summary>Keypads and boards: the counter they belong to.</summary>
    public int? Counter { get; init; }

    /// <summary>Dispensers: button number → category prefix.</summary>
    public IReadOnlyDictionary<string, string>? Buttons { get; init; }

    /// <summary>Dispensers: the printer their tickets come out of; null: the site's only printer.</summary>
    public string? Printer { get; init; }
}
