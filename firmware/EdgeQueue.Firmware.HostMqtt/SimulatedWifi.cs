using EdgeQueue.Firmware.Core.Hardware;

namespace EdgeQueue.Firmware.HostMqtt;

/// <summary>
/// The device's Wi-Fi station on a host, for tests and the simulator. A cut (flaky access point,
/// microwave oven, a technician pulling the AP) drops the association at once and refuses to rejoin
/// until it is restored; <see cref="LinkLost"/> lets the transport over it die at the same moment,
/// without a DISCONNECT, so the broker publishes the device's will.
/// </summary>
public sealed class SimulatedWifi : IWifi
{
    private volatile bool _cut;
    private volatile bool _joined;

    /// <summary>Raised when the radio link goes down, so the transport over it dies too.</summary>
    public event Action? LinkLost;

    public bool IsCut => _cut;

    public bool IsConnected => _joined && !_cut;

    public int Rssi => IsConnected ? -58 : 0;

    public bool Connect(string ssid, string password)
    {
        _joined = !_cut;
        return _joined;
    }

    public void Cut()
    {
        _cut = true;
        _joined = false;
        LinkLost?.Invoke();
    }

    public void Restore() => _cut = false;
}
