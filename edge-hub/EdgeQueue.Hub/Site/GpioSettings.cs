using EdgeQueue.Hardware.Indicators;

namespace EdgeQueue.Hub.Site;

/// <summary>
/// The hub's own pins, validated: the chip, and the fixtures on it (each optional); the status
/// light is three pins (<see cref="StatusLight"/>) or a WS2812 on SPI (<see cref="Ws2812"/>).
/// </summary>
public sealed record GpioSettings(int Chip, RgbPins? StatusLight, int? ServiceButton, Ws2812Light? Ws2812 = null);
