using System.Globalization;
using EdgeQueue.Hardware.Native;

namespace EdgeQueue.Hardware.Gpio;

/// <summary>
/// A GPIO controller through the Linux character device (/dev/gpiochipN) and its uAPI v2 ioctls:
/// no libgpiod, no sysfs. On a Raspberry Pi 4 the header pins are lines of gpiochip0
/// ("pinctrl-bcm2711"); on a Pi 5 they are on the RP1 chip (gpiochip4 or gpiochip0 on newer kernels):
/// check <see cref="Info"/>.
/// </summary>
public sealed class GpioChip : IDisposable
{
    private readonly FileDescriptor _chip;

    private GpioChip(string path, FileDescriptor chip, GpioChipInfo info)
    {
        Path = path;
        _chip = chip;
        Info = info;
    }

    public string Path { get; }

    public GpioChipInfo Info { get; }

    public static GpioChip Open(int chipNumber) => Open(string.Create(CultureInfo.InvariantCulture, $"/dev/gpiochip{chipNumber}"));

    /// <summary>Opens a chip; throws <see cref="IOException"/> saying what to check when it cannot.</summary>
    public static unsafe GpioChip Open(string path)
    {
        if (!File.Exists(path))
        {
            throw new IOException($"{path} does not exist: no such GPIO chip on this machine (list them with: ls /dev/gpiochip*).");
        }

        var chip = FileDescriptor.Open(path, LibC.ORdWr);
        try
        {
            var info = new byte[GpioV2Abi.ChipInfoSize];
            fixed (byte* p = info)
            {
                if (LibC.Ioctl(chip.Fd, GpioV2Abi.GetChipInfoIoctl, p) < 0)
                {
                    throw new IOException($"{path} is not a GPIO chip: {LibC.LastError()}");
                }
            }

            return new GpioChip(path, chip, GpioV2Abi.ParseChipInfo(info));
        }
        catch
        {
            chip.Dispose();
            throw;
        }
    }

    /// <summary>Requests an input line with edge detection on both edges.</summary>
    public GpioInputLine RequestInput(int offset, GpioInputOptions? options = null, string consumer = "edgequeue")
    {
        options ??= new GpioInputOptions();
        var line = RequestLine(offset, GpioV2Abi.LineRequest((uint)CheckOffset(offset), consumer, options.Flags, options.Debounce, null, options.EventBufferSize));
        return new GpioInputLine(line, offset);
    }

    /// <summary>Requests an output line driven to <paramref name="initialValue"/> at once.</summary>
    public GpioOutputLine RequestOutput(int offset, bool initialValue = false, bool activeLow = false, string consumer = "edgequeue")
    {
        var flags = GpioLineFlags.Output | (activeLow ? GpioLineFlags.ActiveLow : GpioLineFlags.None);
        var line = RequestLine(offset, GpioV2Abi.LineRequest((uint)CheckOffset(offset), consumer, flags, TimeSpan.Zero, initialValue, 0));
        return new GpioOutputLine(line, offset);
    }

    public void Dispose() => _chip.Dispose();

    private int CheckOffset(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        if (offset >= Info.Lines)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), offset, $"{Path} ({Info.Label}) has lines 0..{Info.Lines - 1}.");
        }

        return offset;
    }

    private unsafe FileDescriptor RequestLine(int offset, byte[] request)
    {
        fixed (byte* p = request)
        {
            if (LibC.Ioctl(_chip.Fd, GpioV2Abi.GetLineIoctl, p) < 0)
            {
                // EBUSY: another process (or a kernel driver / device-tree overlay) holds the line.
                throw new IOException($"Requesting line {offset} of {Path} failed: {LibC.LastError()}; check that no other program or overlay uses it (gpioinfo).");
            }
        }

        return new FileDescriptor(GpioV2Abi.RequestFd(request));
    }
}
