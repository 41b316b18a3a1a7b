using EdgeQueue.Hardware.Native;

namespace EdgeQueue.Hardware.Gpio;

/// <summary>A requested input line with edge detection; its edges are parsed by <see cref="GpioEventStreamSource"/>.</summary>
public sealed class GpioInputLine : IGpioEdgeSource, IDisposable
{
    private readonly FileDescriptor _line;
    private readonly GpioEventStreamSource _events;

    internal GpioInputLine(FileDescriptor line, int offset)
    {
        _line = line;
        Offset = offset;
        _events = new GpioEventStreamSource(new GpioLineFdStream(line));
    }

    public int Offset { get; }

    public IAsyncEnumerable<GpioLineEvent> ReadEdgesAsync(CancellationToken cancellationToken) => _events.ReadEdgesAsync(cancellationToken);

    /// <summary>The logical value now (1 = active, honouring active-low).</summary>
    public unsafe bool Read()
    {
        var values = GpioV2Abi.SingleLineValues(false);
        fixed (byte* p = values)
        {
            if (LibC.Ioctl(_line.Fd, GpioV2Abi.LineGetValuesIoctl, p) < 0)
            {
                throw new IOException($"Reading GPIO line {Offset} failed: {LibC.LastError()}");
            }
        }

        return GpioV2Abi.FirstLineValue(values);
    }

    public void Dispose() => _line.Dispose();
}
