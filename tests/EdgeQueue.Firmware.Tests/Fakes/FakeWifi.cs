using EdgeQueue.Firmware.Core.Hardware;

namespace EdgeQueue.Firmware.Tests.Fakes;

/// <summary>A Wi-Fi interface whose availability the test controls.</summary>
public sealed class FakeWifi : IWifi
{
    private bool _connected;

    public bool IsConnected
    {
        get
        {
            StateReads++;
            return _connected;
        }

        set => _connected = value;
    }

    /// <summary>How often the core asked whether Wi-Fi is up (each ask allocates on the device).</summary>
    public int StateReads { get; private set; }

    public bool NetworkAvailable { get; set; } = true;

    public int Rssi { get; set; } = -61;

    public List<string> Attempts { get; } = [];

    public bool Connect(string ssid, string password)
    {
        Attempts.Add(ssid);
        _connected = NetworkAvailable;
        return _connected;
    }
}
