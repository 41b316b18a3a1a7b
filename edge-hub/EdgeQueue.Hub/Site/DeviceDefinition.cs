using EdgeQueue.Contracts;

namespace EdgeQueue.Hub.Site;

/// <summary>A device the hall owns: its id (also its MQTT user name), password hash and role settings.</summary>
public sealed record DeviceDefinition
{
    public required DeviceId Id { get; init; }

    public required string PasswordHash { get; init; }

    /// <summary>Dispenser: button number → category prefix.</summary>
    public IReadOnlyDictionary<string, string>? Buttons { get; init; }

    /// <summary>Dispenser: the printer its tickets come out of.</summary>
    public string? PrinterId { get; init; }

    /// <summary>Keypad: the counter it belongs to.</summary>
    public int? Counter { get; init; }

    public int? Brightness { get; init; }

    public bool IsDispenser => Id.Role == DeviceRoles.Dispenser;

    public bool IsKeypad => Id.Role == DeviceRoles.Keypad;
}
