namespace EdgeQueue.Hub.Site;

/// <summary>
/// <c>ledBoard</c>: a board of cascaded MAX7219 8×8 modules on the hub's SPI, one row per counter.
/// <see cref="Modules"/> in the chain, hung in <see cref="Rows"/> rows; <see cref="Counters"/> in
/// row order (default: the site's first counters). Absent: no board is driven.
/// </summary>
public sealed class LedBoardSection
{
    public SpiSection? Spi { get; set; }

    /// <summary>Instead of <see cref="Spi"/>: a file (under the data folder) that takes the board's SPI bytes (demo, no board).</summary>
    public string? Capture { get; set; }

    public int? Modules { get; set; }

    public int? Rows { get; set; }

    /// <summary>none, half, left or right: how the modules are mounted (the bindings' RotationType).</summary>
    public string? Rotation { get; set; }

    /// <summary>0-15.</summary>
    public int? Brightness { get; set; }

    public List<int>? Counters { get; set; }
}
