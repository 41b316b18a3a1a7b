using System.Text;
using EdgeQueue.Contracts;
using EdgeQueue.Contracts.Messages;
using EdgeQueue.Firmware.Core.Dispenser;
using EdgeQueue.Firmware.HostMqtt;
using EdgeQueue.Firmware.Tests.Fakes;
using EdgeQueue.Mqtt.Link;
using MQTTnet.Protocol;
using EdgeQueue.Testing;

namespace EdgeQueue.Firmware.Tests.EndToEnd;

/// <summary>The real firmware core over the project's MQTT client against a real Mosquitto, with a stand-in hub.</summary>
public sealed class DispenserOverMosquittoTests
{
    private static readonly SiteTopics Topics = new(SiteBroker.Site);
    private static readonly DeviceId Disp01 = DeviceId.Parse("disp-01");

    [Fact]
    public async Task F01_PressToTicket_RetainedConfigAppliedEventValidatedReplyShown()
    {
        await using var broker = await SiteBroker.StartAsync();
        await using var hub = await SiteBroker.ConnectHubAsync(broker.Port);
        await hub.SubscribeAsync(Topics.AllDeviceEvents, MqttQualityOfServiceLevel.AtLeastOnce);
        await hub.SubscribeAsync(Topics.AllDeviceStates, MqttQualityOfServiceLevel.AtLeastOnce);
        await hub.PublishAsync(Topics.DeviceConfig(Disp01), "{\"role\":\"disp\",\"version\":3,\"buttons\":{\"1\":\"A\",\"2\":\"B\"}}", MqttQualityOfServiceLevel.AtLeastOnce, retain: true);

        await using var link = new MqttClientLink();
        var clock = new SteppingClock();
        var device = new DispenserDevice(SiteBroker.DispenserSettings(broker.Port), clock, new HostRandom(), new SimulatedWifi(), link,
            new HostSystemMonitor(), [new RecordingLed(), new RecordingLed()], new RecordingStatusLed());

        SiteBroker.RunUntil(device.Tick, () => device.Logic.Status == DispenserStatus.Ready, "online and configured from the retained config");

        var state = await NextAsync(hub, Topics.DeviceState(Disp01));
        Assert.True(ContractJson.TryDeserialize<DeviceState>(state.Payload.Span, out var online, out var error), error);
        Assert.True(online.Online);
        Assert.Equal(device.Runtime.BootId, online.Boot);

        Press(device, clock, 0);
        var sent = await NextAsync(hub, Topics.DeviceEvent(Disp01));
        Assert.True(ContractJson.TryDeserialize<DeviceEvent>(sent.Payload.Span, out var request, out error), error);
        Assert.True(DeviceEventRules.TryValidate(request, Disp01, out _, out var why), why);
        Assert.Equal("A", request.Category);

        await hub.PublishAsync(Topics.DeviceReply(Disp01), ContractJson.Serialize(new DeviceReply(request.Id, true, Ticket: "A017", Waiting: 3, EtaMin: 9)), MqttQualityOfServiceLevel.AtLeastOnce);
        SiteBroker.RunUntil(device.Tick, () => device.Logic.LastTicket == "A017", "the reply shown");

        Assert.Equal(DispenserStatus.Issued, device.Logic.Status);
        Assert.Equal(9, device.Logic.LastEtaMin);
    }

    [Fact]
    public async Task F02_LinkCut_WillPublishedThenReconnectsResendsSameEventAndTakesReply()
    {
        await using var broker = await SiteBroker.StartAsync();
        await using var proxy = new TcpProxy(broker.Host, broker.Port);
        await using var hub = await SiteBroker.ConnectHubAsync(broker.Port);
        await hub.SubscribeAsync(Topics.AllDeviceEvents, MqttQualityOfServiceLevel.AtLeastOnce);
        await hub.SubscribeAsync(Topics.AllDeviceStates, MqttQualityOfServiceLevel.AtLeastOnce);
        await hub.PublishAsync(Topics.DeviceConfig(Disp01), "{\"role\":\"disp\",\"version\":3,\"buttons\":{\"1\":\"A\"}}", MqttQualityOfServiceLevel.AtLeastOnce, retain: true);

        await using var link = new MqttClientLink();
        var clock = new SteppingClock();
        var device = new DispenserDevice(SiteBroker.DispenserSettings(proxy.Port), clock, new HostRandom(), new SimulatedWifi(), link,
            new HostSystemMonitor(), [new RecordingLed()], new RecordingStatusLed());
        SiteBroker.RunUntil(device.Tick, () => device.Logic.Status == DispenserStatus.Ready, "online and configured");
        await NextAsync(hub, Topics.DeviceState(Disp01));

        Press(device, clock, 0);
        var first = await NextAsync(hub, Topics.DeviceEvent(Disp01));
        var id = ContractJson.Deserialize<DeviceEvent>(first.Payload.Span).Id;

        proxy.DropConnections();

        var will = await NextAsync(hub, Topics.DeviceState(Disp01));
        Assert.Equal("{\"online\":false}", Encoding.UTF8.GetString(will.Payload.Span));
        SiteBroker.RunUntil(device.Tick, () => device.Logic.Status == DispenserStatus.Printing && device.Runtime.Supervisor.Connections == 2, "reconnected");
        var back = await NextAsync(hub, Topics.DeviceState(Disp01));
        Assert.Contains("\"online\":true", Encoding.UTF8.GetString(back.Payload.Span), StringComparison.Ordinal);

        var resent = await NextAsync(hub, Topics.DeviceEvent(Disp01));
        Assert.Equal(id, ContractJson.Deserialize<DeviceEvent>(resent.Payload.Span).Id);

        await hub.PublishAsync(Topics.DeviceReply(Disp01), ContractJson.Serialize(new DeviceReply(id, true, Ticket: "A001")), MqttQualityOfServiceLevel.AtLeastOnce);
        SiteBroker.RunUntil(device.Tick, () => device.Logic.LastTicket == "A001", "the reply after reconnect");
        Assert.Equal(1, device.Logic.Requests);
    }

    /// <summary>Issue 15 item 7 over a real Mosquitto: the hub's connection is cut, the broker publishes its will, the dispenser is offline at once.</summary>
    [Fact]
    public async Task F03_HubVanishes_WillOnHubStateMakesTheDispenserOfflineAtOnceUntilTheHubIsBack()
    {
        await using var broker = await SiteBroker.StartAsync();
        await using var hubPath = new TcpProxy(broker.Host, broker.Port);
        var will = new MqttLinkWill(Topics.HubState, Encoding.UTF8.GetBytes("{\"online\":false}"));
        var hub = await SiteBroker.ConnectHubAsync(hubPath.Port, will);
        await hub.SubscribeAsync(Topics.AllDeviceEvents, MqttQualityOfServiceLevel.AtLeastOnce);
        await hub.PublishAsync(Topics.HubState, "{\"online\":true}", MqttQualityOfServiceLevel.AtLeastOnce, retain: true);
        await hub.PublishAsync(Topics.DeviceConfig(Disp01), "{\"role\":\"disp\",\"version\":3,\"buttons\":{\"1\":\"A\"}}", MqttQualityOfServiceLevel.AtLeastOnce, retain: true);

        await using var link = new MqttClientLink();
        var clock = new SteppingClock();
        var device = new DispenserDevice(SiteBroker.DispenserSettings(broker.Port), clock, new HostRandom(), new SimulatedWifi(), link,
            new HostSystemMonitor(), [new RecordingLed()], new RecordingStatusLed());
        SiteBroker.RunUntil(device.Tick, () => device.Logic.Status == DispenserStatus.Ready, "online and configured");

        hubPath.DropConnections(); // the hub's process dies: no DISCONNECT, so Mosquitto publishes the will
        SiteBroker.RunUntil(device.Tick, () => device.Logic.Status == DispenserStatus.Offline, "offline from the hub's will");
        Assert.True(link.IsConnected, "the broker is still there");
        Assert.Equal(Core.Hardware.LedColor.Amber, device.Logic.StatusColor);
        Press(device, clock, 0);
        Assert.Null(device.Runtime.Outbox.Head);
        await hub.DisposeAsync();

        await using var back = await SiteBroker.ConnectHubAsync(broker.Port, will);
        await back.SubscribeAsync(Topics.AllDeviceEvents, MqttQualityOfServiceLevel.AtLeastOnce);
        await back.PublishAsync(Topics.HubState, "{\"online\":true}", MqttQualityOfServiceLevel.AtLeastOnce, retain: true);
        SiteBroker.RunUntil(device.Tick, () => device.Logic.Status == DispenserStatus.Ready, "ready again once the hub is back");
        Press(device, clock, 0);
        var sent = await NextAsync(back, Topics.DeviceEvent(Disp01));
        Assert.Equal("A", ContractJson.Deserialize<DeviceEvent>(sent.Payload.Span).Category);
    }

    /// <summary>A press as the board's GPIO callback reports it: two edges stamped with the device's clock.</summary>
    private static void Press(DispenserDevice device, SteppingClock clock, int button)
    {
        device.ButtonEdge(button, true, clock.NowMs);
        SiteBroker.RunUntil(device.Tick, () => device.Buttons[button].IsPressed, "press registered");
        clock.Step(80); // held past the 30 ms debounce
        device.ButtonEdge(button, false, clock.NowMs);
        device.Tick();
    }

    /// <summary>The next message on <paramref name="topic"/> (others are skipped), while nothing else runs the device.</summary>
    private static async Task<MqttLinkMessage> NextAsync(MqttLink hub, string topic)
    {
        using var timeout = new CancellationTokenSource(SiteBroker.Patience);
        while (true)
        {
            var message = await hub.Messages.ReadAsync(timeout.Token);
            if (message.Topic == topic)
            {
                return message;
            }
        }
    }
}
