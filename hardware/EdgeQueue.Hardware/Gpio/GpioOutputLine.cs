using EdgeQueue.Hardware.Native;

namespace EdgeQueue.Hardware.Gpio;

/// <summary>A requested output line (an LED, a buzzer) set with GPIO_V2_LINE_SET_VALUES_IOCTL.</summary>
public sealed class GpioOutputLine : IDisposable
{
    private readonly FileDescriptor _line;

    internal GpioOutputLine(FileDescriptor line, int offset)
    {
        _line = line;
        Offset = offset;
    }

    public int Offset { get; }

    public unsafe void Write(bool value)
    {
        var values = GpioV2Abi.SingleLineValues(value);
        fixed (byte* p = values)
        {
            if (LibC.Ioctl(_line.Fd, GpioV2Abi.LineSetValuesIoctl, p) < 0)
            {
                throw new IOException($"Setting GPIO line {Offset} failed: {LibC.LastError()}");
            }
        }
    }

    public void Dispose() => _line.Dispose();
}
