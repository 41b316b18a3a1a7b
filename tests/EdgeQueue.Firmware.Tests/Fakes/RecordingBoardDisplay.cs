using EdgeQueue.Firmware.Core.Hardware;

namespace EdgeQueue.Firmware.Tests.Fakes;

/// <summary>What the counter display's logic asked of its digits: texts shown, darkening, brightness.</summary>
public sealed class RecordingBoardDisplay : IBoardDisplay
{
    /// <summary>The text lit now, or null while dark.</summary>
    public string? Text { get; private set; }

    /// <summary>Every output in order; a darkening is recorded as null.</summary>
    public List<string?> History { get; } = [];

    public int Brightness { get; private set; } = -1;

    public void Show(string text)
    {
        Text = text;
        History.Add(text);
    }

    public void Darken()
    {
        Text = null;
        History.Add(null);
    }

    public void SetBrightness(int percent) => Brightness = percent;
}
