using EdgeQueue.Firmware.Core.Connectivity;
using EdgeQueue.Firmware.Core.Dispenser;
using EdgeQueue.Firmware.Tests.Fakes;

namespace EdgeQueue.Firmware.Tests.Connectivity;

/// <summary>Issue 15 item 4: retries while the access point is down must not pile up joins.</summary>
public sealed class WifiStationTests
{
    [Fact]
    public void Connect_AccessPointDownForFiveRetries_JoinsOnceThenOnlyWaitsForTheRadiosRejoin()
    {
        var radio = new FakeWifiRadio { AccessPointUp = false };
        var station = new WifiStation(radio);

        for (var attempt = 0; attempt < 6; attempt++)
        {
            Assert.False(station.Connect("urzad-iot", "secret"));
        }

        radio.AccessPointUp = true;

        Assert.True(station.Connect("urzad-iot", "secret"));
        Assert.Equal(["urzad-iot"], radio.Joins);
        Assert.Equal(6, radio.RejoinWaits);
        Assert.True(station.IsConnected);
        Assert.Equal(-64, station.Rssi);
    }

    [Fact]
    public void Connect_AfterTheNetworkDropped_WaitsForTheRadioWithoutJoiningAgain()
    {
        var radio = new FakeWifiRadio();
        var station = new WifiStation(radio);
        Assert.True(station.Connect("urzad-iot", "secret"));

        radio.Drop();
        Assert.False(station.IsConnected);
        Assert.False(station.Connect("urzad-iot", "secret"));
        radio.AccessPointUp = true;

        Assert.True(station.Connect("urzad-iot", "secret"));
        Assert.Single(radio.Joins);
        Assert.Equal(2, radio.RejoinWaits);
    }

    [Fact]
    public void Tick_DeviceOfflineWhileTheAccessPointIsDown_JoinsTheRadioOnceInAllRetries()
    {
        // The same through the device: the supervisor retries with back-off for two minutes.
        var radio = new FakeWifiRadio { AccessPointUp = false };
        var clock = new FakeClock();
        var device = new DispenserDevice(TestSettings.For("disp-01"), clock, new FakeRandom(), new WifiStation(radio), new FakeMqttLink(),
            new FakeSystemMonitor(), [new RecordingLed()], new RecordingStatusLed());
        device.Runtime.Supervisor.Worker = InlineConnectWorker.Instance;

        RunFor(device, clock, 120_000);

        var attempts = device.Runtime.Supervisor.WifiAttempts;
        Assert.True(attempts >= 5, $"{attempts} attempts");
        Assert.Single(radio.Joins);
        Assert.Equal(attempts - 1, radio.RejoinWaits);

        radio.AccessPointUp = true;
        RunFor(device, clock, 40_000);

        Assert.True(device.Runtime.IsOnline);
        Assert.Single(radio.Joins);
    }

    private static void RunFor(DispenserDevice device, FakeClock clock, long ms)
    {
        for (long t = 0; t < ms; t += 10)
        {
            clock.Advance(10);
            device.Tick();
        }
    }
}
