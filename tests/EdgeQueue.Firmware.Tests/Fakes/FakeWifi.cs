using EdgeQueue.Firmware.Core.Hardware;

namespace EdgeQueue.Firmware.Tests.Fakes;

/// <summary>A Wi-Fi interface whose availability the test controls.</summary>
public sealed class FakeWifi : IWifi
{
    public bool IsConnected { get; set; }

    public bool NetworkAvailable { get; set; } = true;

    public int Rssi { get; set; } = -61;

    public List<string> Attempts { get; } = [];

    public bool Connect(string ssid, string password)
    {
        Attempts.Add(ssid);
        IsConnected = NetworkAvailable;
        return IsConnected;
    }
}
