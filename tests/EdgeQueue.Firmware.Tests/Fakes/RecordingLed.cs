using EdgeQueue.Firmware.Core.Hardware;

namespace EdgeQueue.Firmware.Tests.Fakes;

public sealed class RecordingLed : ILed
{
    public bool IsOn { get; private set; }

    public int Writes { get; private set; }

    public void Set(bool on)
    {
        IsOn = on;
        Writes++;
    }
}
