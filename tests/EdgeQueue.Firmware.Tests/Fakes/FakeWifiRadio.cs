using EdgeQueue.Firmware.Core.Hardware;

namespace EdgeQueue.Firmware.Tests.Fakes;

/// <summary>
/// The radio under nanoFramework's Wi-Fi helper, counting what a station asks of it: a join stores
/// the network and scans; a rejoin wait only waits for the radio's own reconnection.
/// </summary>
public sealed class FakeWifiRadio : IWifiRadio
{
    public bool AccessPointUp { get; set; } = true;

    public bool IsConnected { get; private set; }

    public int Rssi => IsConnected ? -64 : 0;

    public List<string> Joins { get; } = [];

    public int RejoinWaits { get; private set; }

    public bool Join(string ssid, string password)
    {
        Joins.Add(ssid);
        IsConnected = AccessPointUp;
        return IsConnected;
    }

    public bool AwaitRejoin()
    {
        RejoinWaits++;
        IsConnected = AccessPointUp;
        return IsConnected;
    }

    /// <summary>The access point vanished: the radio loses the association.</summary>
    public void Drop()
    {
        AccessPointUp = false;
        IsConnected = false;
    }
}
