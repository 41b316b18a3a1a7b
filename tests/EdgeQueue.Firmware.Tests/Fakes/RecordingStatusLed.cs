using EdgeQueue.Firmware.Core.Hardware;

namespace EdgeQueue.Firmware.Tests.Fakes;

public sealed class RecordingStatusLed : IStatusLed
{
    public LedColor Color { get; private set; }

    public List<LedColor> History { get; } = [];

    public void Show(LedColor color)
    {
        Color = color;
        History.Add(color);
    }
}
