using EdgeQueue.Firmware.Core.Hardware;

namespace EdgeQueue.Firmware.HostMqtt;

/// <summary>A Wi-Fi that a simulator switches on and off (an access point failing, a device out of range).</summary>
public sealed class SimulatedWifi : IWifi
{
    private volatile bool _available = true;
    private volatile bool _joined;

    /// <summary>Whether the network can be joined; false also drops a joined device.</summary>
    public bool Available
    {
        get => _available;
        set
        {
            _available = value;
            if (!value)
            {
                _joined = false;
            }
        }
    }

    public int Rssi { get; set; } = -58;

    public bool IsConnected => _joined;

    public bool Connect(string ssid, string password)
    {
        _joined = _available;
        return _joined;
    }
}
