using EdgeQueue.Firmware.Core.Hardware;

namespace EdgeQueue.Firmware.Tests.Fakes;

public sealed class RecordingDisplay : ISegmentDisplay
{
    public string Text { get; private set; } = string.Empty;

    public List<string> History { get; } = [];

    public int Brightness { get; private set; } = -1;

    public void Show(string text)
    {
        Text = text;
        History.Add(text);
    }

    public void SetBrightness(int percent) => Brightness = percent;
}
