using EdgeQueue.Firmware.Core.Hardware;

namespace EdgeQueue.Firmware.Tests.Fakes;

/// <summary>The flash file as a string the test sets (null: nothing provisioned).</summary>
public sealed class FakeSettingsStore(string? text) : ISettingsStore
{
    public string? Load() => text;
}
