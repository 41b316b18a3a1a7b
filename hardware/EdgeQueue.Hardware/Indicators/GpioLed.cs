using EdgeQueue.Hardware.Gpio;

namespace EdgeQueue.Hardware.Indicators;

/// <summary>An LED on a GPIO output line (through a resistor or a transistor stage).</summary>
public sealed class GpioLed : ILed, IDisposable
{
    private readonly GpioOutputLine _line;

    public GpioLed(GpioOutputLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        _line = line;
    }

    public bool IsOn { get; private set; }

    public static GpioLed Open(GpioChip chip, int line, bool activeLow = false)
    {
        ArgumentNullException.ThrowIfNull(chip);
        return new GpioLed(chip.RequestOutput(line, initialValue: false, activeLow, consumer: "edgequeue-led"));
    }

    public void Set(bool on)
    {
        _line.Write(on);
        IsOn = on;
    }

    public void Dispose() => _line.Dispose();
}
