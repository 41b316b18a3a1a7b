using EdgeQueue.Hardware.LedBoard;

namespace EdgeQueue.Simulation.LedBoard;

/// <summary>
/// Follows a board's SPI capture file (the hub's <c>ledBoard.capture</c>) and replays each latch
/// into a <see cref="SimulatedMax7219Chain"/>, so the demo can draw what a real board would show.
/// </summary>
public sealed class LedBoardCaptureReplay(string path, LedBoardLayout layout)
{
    private long _read;

    public SimulatedMax7219Chain Chain { get; } = new(layout.Modules);

    public LedBoardLayout Layout => layout;

    /// <summary>Applies the latches written since the last call; true when the board's picture changed.</summary>
    public bool Update()
    {
        if (!File.Exists(path))
        {
            return false;
        }

        var before = Chain.Image(layout);
        var latch = 2 * Chain.Chips;
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        file.Seek(_read, SeekOrigin.Begin);
        var buffer = new byte[latch];
        while (file.Length - _read >= latch)
        {
            file.ReadExactly(buffer);
            Chain.Write(buffer);
            _read += latch;
        }

        return !Chain.Image(layout).SameAs(before);
    }

    public byte[] Png() => Chain.Png(layout);
}
