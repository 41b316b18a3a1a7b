namespace EdgeQueue.Hub.Site;

/// <summary>
/// <c>gpio.statusLight</c>: the pins of an RGB light (<see cref="ActiveLow"/> for a common-anode
/// LED), or one WS2812 on SPI (<see cref="Ws2812"/>).
/// </summary>
public sealed class StatusLightSection
{
    public int? Red { get; set; }

    public int? Green { get; set; }

    public int? Blue { get; set; }

    public bool? ActiveLow { get; set; }

    public Ws2812Section? Ws2812 { get; set; }
}
