using EdgeQueue.Hardware.Indicators;

namespace EdgeQueue.Hub.Site;

/// <summary>The hub's own pins, validated: the chip, and the fixtures on it (each optional).</summary>
public sealed record GpioSettings(int Chip, RgbPins? StatusLight, int? ServiceButton);
