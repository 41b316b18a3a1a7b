namespace EdgeQueue.Hub.Site;

/// <summary>A WS2812 status light, validated: its SPI device and brightness (0-100 %).</summary>
public sealed record Ws2812Light(int Bus, int ChipSelect, int Brightness);
