using EdgeQueue.Firmware.Core.Hardware;

namespace EdgeQueue.Simulator.Devices;

/// <summary>A lamp nobody looks at; the core's own state (ButtonLight, StatusColor) is what the summary reads.</summary>
internal sealed class NoLed : ILed, IStatusLed, ISegmentDisplay
{
    public void Set(bool on)
    {
    }

    public void Show(LedColor color)
    {
    }

    public void Show(string text)
    {
    }

    public void SetBrightness(int percent)
    {
    }
}
