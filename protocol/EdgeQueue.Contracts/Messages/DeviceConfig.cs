namespace EdgeQueue.Contracts.Messages;

/// <summary>
/// Hub → device on <c>…/device/{id}/config</c>, QoS 1, retained. A dispenser gets
/// <see cref="Buttons"/> (button number → category prefix); a keypad gets its
/// <see cref="Counter"/> number and the <see cref="Categories"/> it may transfer to.
/// </summary>
public sealed record DeviceConfig(
    string Role,
    int Version,
    IReadOnlyDictionary<string, string>? Buttons = null,
    int? Counter = null,
    IReadOnlyList<string>? Categories = null,
    int? Brightness = null);
