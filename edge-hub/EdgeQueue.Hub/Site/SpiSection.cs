namespace EdgeQueue.Hub.Site;

/// <summary>An SPI device of the hub: /dev/spidev{Bus}.{Cs}.</summary>
public sealed class SpiSection
{
    public int? Bus { get; set; }

    public int? Cs { get; set; }
}
