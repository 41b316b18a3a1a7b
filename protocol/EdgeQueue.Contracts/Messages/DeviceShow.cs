namespace EdgeQueue.Contracts.Messages;

/// <summary>
/// Hub → device on <c>…/device/{id}/show</c>, QoS 1, retained: what the device shows now. A keypad
/// shows <see cref="Text"/> (e.g. the ticket being served, "A017", or "----") and
/// <see cref="Waiting"/>; a dispenser lights each category button by <see cref="Categories"/>
/// (prefix → <see cref="CategoryLightStates"/> value). A keypad with no current ticket shows
/// <see cref="NoTicket"/> (a null text means the same). The printer of a dispenser is attached to
/// the hub, so the hub tells the dispenser its <see cref="Paper"/> state
/// (<see cref="PaperStates"/>) for the out-of-paper light.
/// </summary>
public sealed record DeviceShow(
    string? Text = null,
    int? Waiting = null,
    IReadOnlyDictionary<string, string>? Categories = null,
    string? Paper = null)
{
    /// <summary>What a keypad shows when its counter serves nobody.</summary>
    public const string NoTicket = "----";
}
