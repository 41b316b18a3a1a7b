using System.Text.Json;
using EdgeQueue.Firmware.Core.Dispenser;
using EdgeQueue.Firmware.Tests.Fakes;

namespace EdgeQueue.Firmware.Tests.Connectivity;

public sealed class ConnectionSupervisorTests
{
    /// <summary>Issue 15 item 6: while the access point is away the loop turns 100 times a second; the radio is asked once a second and at each retry.</summary>
    [Fact]
    public void Tick_OfflineForTenSeconds_WifiStateReadAboutOnceASecond()
    {
        var rig = new DispenserRig(online: false, configured: false);
        rig.Wifi.NetworkAvailable = false;

        rig.Run(10_000);

        Assert.InRange(rig.Wifi.StateReads, 5, 16); // 1,000 turns
        Assert.False(rig.Device.Runtime.IsOnline);
        Assert.NotEmpty(rig.Wifi.Attempts);
    }

    [Fact]
    public void PublishState_AfterBrokerRefusalsAndARefusedConfig_CarriesWhatHappenedInTheLog()
    {
        var rig = new DispenserRig(online: false, configured: false);
        rig.Link.BrokerUp = false;
        rig.Run(3_000);
        rig.Link.BrokerUp = true;
        rig.Run(10_000);
        rig.Link.Deliver(rig.Topics.Config, "{\"role\":\"disp\",\"version\":\"three\"}");
        rig.Tick();

        rig.Device.Runtime.PublishStateNow();

        var state = System.Text.Json.JsonDocument.Parse(rig.Link.On(rig.Topics.State).Last().Payload).RootElement;
        var log = state.GetProperty("log").EnumerateArray().Select(l => l.GetString()!).ToList();
        Assert.Matches(@"^\d+ s broker 10\.0\.0\.2:1883 nieosiągalny lub odrzucił disp-01 \(x\d+\)$", log[0]);
        Assert.Matches(@"^\d+ s połączone z brokerem 10\.0\.0\.2:1883$", log[1]);
        Assert.StartsWith("odrzucona wiadomość huba: ", log[2].Substring(log[2].IndexOf(" s ", StringComparison.Ordinal) + 3), StringComparison.Ordinal);
        Assert.Equal(3, log.Count);
    }

    [Fact]
    public void Tick_FirstBoot_JoinsWifiConnectsWithWillAndPersistentSessionThenSubscribesAndPublishesState()
    {
        var rig = new DispenserRig(online: false, configured: false);

        rig.Device.Tick();

        Assert.Equal(["urzad"], rig.Wifi.Attempts);
        var connect = Assert.Single(rig.Link.Connects);
        Assert.Equal("10.0.0.2", connect.Host);
        Assert.Equal(1883, connect.Port);
        Assert.Equal("disp-01", connect.ClientId);
        Assert.Equal("disp-01", connect.UserName);
        Assert.Equal("pw-disp-01", connect.Password);
        Assert.False(connect.CleanSession);
        Assert.Equal("eq/v1/poznan-1/device/disp-01/state", connect.WillTopic);
        Assert.Equal("{\"online\":false}", System.Text.Encoding.UTF8.GetString(connect.WillPayload));
        Assert.Equal(
            ["eq/v1/poznan-1/device/disp-01/reply", "eq/v1/poznan-1/device/disp-01/config", "eq/v1/poznan-1/device/disp-01/show", "eq/v1/poznan-1/hall/calls", "eq/v1/poznan-1/hub/state"],
            Assert.Single(rig.Link.Subscriptions));
        var state = Assert.Single(rig.Link.On(rig.Topics.State));
        Assert.True(state.Retain);
        using var json = JsonDocument.Parse(state.Payload);
        Assert.True(json.RootElement.GetProperty("online").GetBoolean());
        Assert.Equal(rig.Device.Runtime.BootId, json.RootElement.GetProperty("boot").GetString());
        Assert.Equal(-61, json.RootElement.GetProperty("rssi").GetInt32());
        Assert.Equal(81234, json.RootElement.GetProperty("freeMem").GetInt64());
        Assert.Equal("ok", json.RootElement.GetProperty("paper").GetString());
        Assert.True(rig.Device.Runtime.IsOnline);
    }

    [Fact]
    public void Tick_WifiUnavailable_RetriesWithGrowingBackOff()
    {
        var rig = new DispenserRig(online: false, configured: false);
        rig.Wifi.NetworkAvailable = false;

        rig.Device.Tick();
        rig.Run(20_000);

        // Attempts at 0, +1 s, +2 s, +4 s, +8 s (=15 s) within 20 s: five.
        Assert.Equal(5, rig.Wifi.Attempts.Count);
        Assert.Empty(rig.Link.Connects);

        rig.Wifi.NetworkAvailable = true;
        rig.Run(17_000);
        Assert.True(rig.Device.Runtime.IsOnline);
    }

    [Fact]
    public void Tick_BrokerDown_RetriesWithBackOffAndComesOnlineWhenItReturns()
    {
        var rig = new DispenserRig(online: false, configured: false);
        rig.Link.BrokerUp = false;

        rig.Device.Tick();
        rig.Run(10_000);
        var attempts = rig.Link.Connects.Count;
        Assert.InRange(attempts, 3, 5);
        Assert.Equal(DispenserStatus.Offline, rig.Logic.Status);

        rig.Link.BrokerUp = true;
        rig.Run(20_000);

        Assert.True(rig.Device.Runtime.IsOnline);
        Assert.Single(rig.Link.Subscriptions);
    }

    [Fact]
    public void Tick_ConnectionLost_ReconnectsResubscribesAndRepublishesState()
    {
        var rig = new DispenserRig();
        var statesBefore = rig.Link.On(rig.Topics.State).Count();

        rig.Link.Drop();
        rig.Device.Tick();
        Assert.False(rig.Device.Runtime.IsOnline);
        Assert.Equal(DispenserStatus.Offline, rig.Logic.Status);

        rig.Run(2_000);

        Assert.True(rig.Device.Runtime.IsOnline);
        Assert.Equal(2, rig.Link.Connects.Count);
        Assert.Equal(2, rig.Link.Subscriptions.Count);
        Assert.Equal(statesBefore + 1, rig.Link.On(rig.Topics.State).Count());
        Assert.Equal(2, rig.Device.Runtime.Supervisor.Connections);
    }

    [Fact]
    public void Tick_Online_RepublishesStateEveryIntervalWithUptime()
    {
        var rig = new DispenserRig(configured: false);

        rig.Run(125_000, stepMs: 1000);

        var states = rig.Link.On(rig.Topics.State).Select(m => JsonDocument.Parse(m.Payload).RootElement.GetProperty("uptimeS").GetInt64()).ToList();
        Assert.Equal([0L, 60, 120], states);
    }

    [Fact]
    public void Tick_MalformedAndForeignMessages_CountedWithReasonAndDeviceKeepsWorking()
    {
        var rig = new DispenserRig();

        rig.Link.Deliver(rig.Topics.Reply, "{\"re\":");
        rig.Link.Deliver(rig.Topics.Config, "{\"role\":\"keypad\",\"version\":4,\"counter\":1}");
        rig.Link.Deliver(rig.Topics.Show, "{\"categories\":[\"A\"]}");
        rig.Link.Deliver("eq/v1/poznan-1/device/disp-02/reply", "{\"re\":\"x\",\"ok\":true}");
        rig.Device.Tick();

        Assert.Equal(4, rig.Device.Runtime.RejectedMessages);
        Assert.Contains("unexpected topic", rig.Device.Runtime.LastProblem, StringComparison.Ordinal);
        Assert.Equal("A", rig.Logic.CategoryOf(0));
        rig.Press(0);
        Assert.Single(rig.Events);
    }
}
