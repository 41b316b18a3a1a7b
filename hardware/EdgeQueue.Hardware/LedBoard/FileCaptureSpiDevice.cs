using System.Device.Spi;

namespace EdgeQueue.Hardware.LedBoard;

/// <summary>
/// An SPI device that appends every transfer to a file instead of a bus, as the printers' capture
/// folder does for paper: a demo or a hall without a board still drives the whole path, and the
/// simulator replays the bytes through a simulated chain to draw what a board would show.
/// </summary>
public sealed class FileCaptureSpiDevice : SpiDevice
{
    private readonly FileStream _file;

    public FileCaptureSpiDevice(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        _file = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read);
    }

    public string Path { get; }

    public override SpiConnectionSettings ConnectionSettings { get; } = new(0, 0);

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _file.Write(buffer);
        _file.Flush();
    }

    public override void Read(Span<byte> buffer) => buffer.Clear();

    public override void TransferFullDuplex(ReadOnlySpan<byte> writeBuffer, Span<byte> readBuffer)
    {
        Write(writeBuffer);
        readBuffer.Clear();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _file.Dispose();
        }

        base.Dispose(disposing);
    }
}
