using EdgeQueue.Hardware.LedBoard;
using Iot.Device.Max7219;

namespace EdgeQueue.Hub.Site;

/// <summary>
/// The hall LED board, validated: where it is on SPI (or the capture file that stands for it), how
/// it hangs, which counter each row shows.
/// </summary>
public sealed record LedBoardSettings(
    int Bus, int ChipSelect, LedBoardLayout Layout, RotationType Rotation, int Brightness, IReadOnlyList<int> Counters, string? Capture = null);
