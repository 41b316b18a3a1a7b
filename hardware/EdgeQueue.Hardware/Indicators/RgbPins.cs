namespace EdgeQueue.Hardware.Indicators;

/// <summary>
/// The GPIO lines (the chip's offsets, BCM numbers on a Pi) of an RGB light. A common-anode LED
/// lights when its pin goes low: <see cref="ActiveLow"/>.
/// </summary>
public sealed record RgbPins(int Red, int Green, int Blue, bool ActiveLow = false)
{
    public IReadOnlyList<int> All => [Red, Green, Blue];
}
