namespace EdgeQueue.Hub.Site;

/// <summary><c>gpio.statusLight.ws2812</c>: a WS2812 LED on /dev/spidev{Bus}.{Cs} (its data on MOSI), at <see cref="Brightness"/> %.</summary>
public sealed class Ws2812Section
{
    public int? Bus { get; set; }

    public int? Cs { get; set; }

    public int? Brightness { get; set; }
}
