using EdgeQueue.Firmware.Core.Hardware;

namespace EdgeQueue.Firmware.Tests.Fakes;

/// <summary>The MAX7219's frames as written: (register, data), in order.</summary>
public sealed class RecordingMax7219Bus : IMax7219Bus
{
    public List<(byte Register, byte Data)> Frames { get; } = [];

    public void Write(byte register, byte data) => Frames.Add((register, data));
}
