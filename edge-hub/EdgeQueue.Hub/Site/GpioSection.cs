namespace EdgeQueue.Hub.Site;

/// <summary>
/// <c>gpio</c>: fixtures wired to the hub's own pins. <see cref="Chip"/> is the gpiochip number
/// (0 on a Pi 4, 4 on a Pi 5 before its kernel renumbering, so it is named, not guessed); pins are
/// the chip's line offsets, which on a Pi are the BCM numbers. Absent: the hub drives no pin.
/// </summary>
public sealed class GpioSection
{
    public int? Chip { get; set; }

    public StatusLightSection? StatusLight { get; set; }

    /// <summary>A push button to ground: short press prints and speaks a test, 5 s enters technician mode.</summary>
    public int? ServiceButton { get; set; }
}
