using EdgeQueue.Firmware.Core.Hardware;

namespace EdgeQueue.Firmware.Tests.Fakes;

public sealed class FakeSystemMonitor : ISystemMonitor
{
    public long FreeMemoryBytes { get; set; } = 81_234;
}
