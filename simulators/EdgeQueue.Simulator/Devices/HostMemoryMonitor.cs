using EdgeQueue.Firmware.Core.Hardware;

namespace EdgeQueue.Simulator.Devices;

/// <summary>Free memory as an ESP32 with nanoFramework would report it after boot.</summary>
internal sealed class HostMemoryMonitor : ISystemMonitor
{
    public long FreeMemoryBytes => 81_234;
}
