namespace EdgeQueue.Contracts.Messages;

/// <summary>
/// Hub → device on <c>…/device/{id}/show</c>, QoS 1, retained: what the device shows now. A keypad
/// shows <see cref="Text"/> (e.g. the ticket being served, "A017", or "----") and
/// <see cref="Waiting"/>; a dispenser lights each category button by <see cref="Categories"/>
/// (prefix → <see cref="CategoryLightStates"/> value).
/// </summary>
public sealed record DeviceShow(
    string? Text = null,
    int? Waiting = null,
    IReadOnlyDictionary<string, string>? Categories = null);
