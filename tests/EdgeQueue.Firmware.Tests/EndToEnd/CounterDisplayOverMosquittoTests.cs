using EdgeQueue.Contracts;
using EdgeQueue.Firmware.Core.CounterDisplay;
using EdgeQueue.Firmware.Core.Lights;
using EdgeQueue.Firmware.HostMqtt;
using EdgeQueue.Firmware.Tests.Fakes;
using MQTTnet.Protocol;

namespace EdgeQueue.Firmware.Tests.EndToEnd;

/// <summary>The counter display's firmware core over the project's MQTT client against a real Mosquitto, with a stand-in hub.</summary>
public sealed class CounterDisplayOverMosquittoTests
{
    private static readonly SiteTopics Topics = new(SiteBroker.Site);
    private static readonly DeviceId Board05 = DeviceId.Parse("board-05");

    [Fact]
    public async Task F04_RetainedConfigShowAndCalls_ThenANewCall_ShownSteadyThenBlinking()
    {
        await using var broker = await SiteBroker.StartAsync();
        await using var hub = await SiteBroker.ConnectHubAsync(broker.Port);
        const MqttQualityOfServiceLevel qos = MqttQualityOfServiceLevel.AtLeastOnce;
        await hub.PublishAsync(Topics.DeviceConfig(Board05), "{\"role\":\"board\",\"version\":3,\"counter\":5,\"brightness\":40}", qos, retain: true);
        await hub.PublishAsync(Topics.DeviceShow(Board05), "{\"text\":\"A016\"}", qos, retain: true);
        await hub.PublishAsync(Topics.HallCalls, "{\"calls\":[{\"ticket\":\"A016\",\"counter\":5,\"at\":\"2026-11-21T09:10:00+01:00\",\"recall\":false}]}", qos, retain: true);

        await using var link = new MqttClientLink();
        var display = new RecordingBoardDisplay();
        var device = new CounterDisplayDevice(SiteBroker.SettingsFor(SiteBroker.Board, broker.Port), new StopwatchClock(), new HostRandom(),
            new SimulatedWifi(), link, new HostSystemMonitor(), display);

        SiteBroker.RunUntil(device.Tick, () => display.Text == "A016  05", "the retained show on the digits");
        Assert.Equal(LightPattern.On, device.Logic.DisplayPattern); // an old call: no blink at boot
        Assert.Equal(40, display.Brightness);

        await hub.PublishAsync(Topics.HallCalls, "{\"calls\":[{\"ticket\":\"A017\",\"counter\":5,\"at\":\"2026-11-21T09:15:02+01:00\",\"recall\":false},"
            + "{\"ticket\":\"A016\",\"counter\":5,\"at\":\"2026-11-21T09:10:00+01:00\",\"recall\":false}]}", qos, retain: true);
        await hub.PublishAsync(Topics.DeviceShow(Board05), "{\"text\":\"A017\"}", qos, retain: true);

        SiteBroker.RunUntil(device.Tick, () => device.Logic.CurrentTicket == "A017" && device.Logic.DisplayPattern == LightPattern.BlinkFast, "the new call blinking");
        var before = display.History.Count;
        SiteBroker.RunUntil(device.Tick, () => display.Text == "A017  05", "a lit half of the blink");
        SiteBroker.RunUntil(device.Tick, () => display.Text is null, "a dark half of the blink");
        Assert.Equal(1, device.Logic.Calls);
        Assert.DoesNotContain("A016  05", display.History.Skip(before));
        Assert.Equal(0, device.Runtime.RejectedMessages);
    }
}
