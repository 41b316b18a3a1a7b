using System.Device.Spi;
using EdgeQueue.Hardware.LedBoard;
using EdgeQueue.Hub.Fixtures;
using EdgeQueue.Hub.Queue;
using EdgeQueue.Hub.Site;
using Iot.Device.Max7219;
using Microsoft.Extensions.Logging;

namespace EdgeQueue.Hub.Display;

/// <summary>
/// Composes the hall LED board from the site file's <c>ledBoard</c> section: the SPI device
/// (/dev/spidev{bus}.{cs} at the MAX7219's 10 MHz, mode 0), the bindings' chain and the rows. An
/// SPI device that cannot be opened does not stop the hall; the technician page says why.
/// </summary>
public static class LedBoardDriver
{
    /// <param name="spi">The board's SPI device; null: the site file's capture file, else the Pi's spidev.</param>
    /// <param name="dataFolder">Where a capture file goes.</param>
    /// <param name="problem">Why the board is off although the site file names it, else null.</param>
    public static HallLedBoard? Create(
        SiteDefinition site, SpiDevice? spi, string dataFolder, ISiteQueue queue, HallBoard hall, TimeProvider time, ILogger logger, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(site);
        problem = null;
        if (site.LedBoard is not { } settings)
        {
            return null;
        }

        Max7219LedBoard board;
        try
        {
            var device = spi
                ?? (settings.Capture is { } capture ? new FileCaptureSpiDevice(Path.Combine(dataFolder, capture)) : null)
                ?? SpiDevice.Create(new SpiConnectionSettings(settings.Bus, settings.ChipSelect)
                {
                    ClockFrequency = Max7219.SpiClockFrequency,
                    Mode = Max7219.SpiMode,
                });
            board = new Max7219LedBoard(device, settings.Layout, settings.Rotation, settings.Brightness);
        }
        catch (Exception e) when (DeviceOpening.Failed(e))
        {
            problem = $"ledBoard: /dev/spidev{settings.Bus}.{settings.ChipSelect} cannot be opened ({e.Message}); enable SPI (raspi-config) and check the spi group";
            logger.LogError("{Problem}: the hall is served without its LED board", problem);
            return null;
        }

        logger.LogInformation("LED board: {Modules} MAX7219 modules in {Rows} rows on spidev{Bus}.{Cs}, counters {Counters}",
            settings.Layout.Modules, settings.Layout.Rows, settings.Bus, settings.ChipSelect, string.Join(", ", settings.Counters));
        return new HallLedBoard(board, settings, queue, hall, time);
    }
}
