using EdgeQueue.Firmware.HostMqtt;

namespace EdgeQueue.Firmware.Tests.HostMqtt;

public sealed class SimulatedWifiTests
{
    [Fact]
    public void Cut_Joined_DropsAtOnceRaisesLinkLostAndRefusesToRejoinUntilRestored()
    {
        var wifi = new SimulatedWifi();
        var lost = 0;
        wifi.LinkLost += () => lost++;
        Assert.True(wifi.Connect("urzad", "haslo"));
        Assert.True(wifi.IsConnected);

        wifi.Cut();

        Assert.Equal(1, lost);
        Assert.False(wifi.IsConnected);
        Assert.Equal(0, wifi.Rssi);
        Assert.False(wifi.Connect("urzad", "haslo"));

        wifi.Restore();

        Assert.False(wifi.IsConnected);
        Assert.True(wifi.Connect("urzad", "haslo"));
        Assert.True(wifi.IsConnected);
        Assert.True(wifi.Rssi < 0);
    }
}
