using EdgeQueue.Firmware.Core.Hardware;

namespace EdgeQueue.Firmware.HostMqtt;

/// <summary>
/// Free memory for a simulated device's state message: a figure like an ESP32's (the host process's
/// own heap says nothing about a device); settable so a simulator can show a device running low.
/// </summary>
public sealed class HostSystemMonitor : ISystemMonitor
{
    public long FreeMemoryBytes { get; set; } = 81_920;
}
