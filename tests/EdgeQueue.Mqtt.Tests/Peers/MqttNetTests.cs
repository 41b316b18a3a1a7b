using System.Globalization;
using EdgeQueue.Mqtt.Broker;
using EdgeQueue.Mqtt.Tests.Broker;
using EdgeQueue.Testing;
using MQTTnet;
using MQTTnet.Protocol;

namespace EdgeQueue.Mqtt.Tests.Peers;

/// <summary>The embedded broker set up like a hall's, driven by MQTTnet 5's client (an MQTT implementation that is not ours).</summary>
public sealed class MqttNetTests : IAsyncLifetime
{
    private const string Prefix = $"eq/v1/{HallBrokerSetup.Site}";

    private MqttBroker _broker = null!;

    private int Port => _broker.LocalEndPoints[0].Port;

    public async Task InitializeAsync() => _broker = await HallBrokerSetup.StartAsync();

    public async Task DisposeAsync() => await _broker.DisposeAsync();

    private Task<MqttNetPeer> ConnectAsync(string user, string? clientId = null, bool cleanSession = true) =>
        MqttNetPeer.ConnectAsync(Port, clientId ?? user, user, HallBrokerSetup.Password(user), cleanSession);

    [Fact]
    public async Task Burst_20000Qos1WithoutInflightCap_AllDeliveredInOrderNoneDropped()
    {
        const int count = 20_000;
        await using var subscriber = await ConnectAsync("tester", "burst-sub");
        await subscriber.SubscribeAsync("burst/t");
        await using var publisher = await ConnectAsync("tester", "burst-pub");

        // Every PUBLISH at once, as MQTT.js does: nothing caps the messages in flight.
        var acknowledged = Task.WhenAll(Enumerable.Range(0, count)
            .Select(i => publisher.PublishAsync("burst/t", i.ToString(CultureInfo.InvariantCulture))));
        for (var i = 0; i < count; i++)
        {
            Assert.Equal(("burst/t", i.ToString(CultureInfo.InvariantCulture)), await subscriber.NextAsync());
        }

        await acknowledged.WaitAsync(MqttNetPeer.Patience);
        Assert.Equal(0, _broker.DroppedMessages);
    }

    [Fact]
    public async Task Qos0Flood_SubscriberWithMqttnetsSmallSocketBuffer_NextQos1ArrivesPromptly()
    {
        await using var subscriber = await ConnectAsync("tester", "flood-sub");
        await subscriber.SubscribeAsync("flood/#");
        await using var publisher = await ConnectAsync("tester", "flood-pub");
        var payload = new byte[100];

        for (var i = 0; i < 50_000; i++)
        {
            await publisher.PublishAsync("flood/q0", payload, MqttQualityOfServiceLevel.AtMostOnce);
        }

        await publisher.PublishAsync("flood/end", "after the flood");

        // MQTTnet's 8 KB receive window never fits a 64 KB loopback segment: with megabytes queued in
        // the kernel the subscriber drained ~270 KB/s and lost its link to keep-alive. The broker's
        // listener sends Ethernet-sized segments, so the flood drains at once.
        var waiting = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var remaining = TimeSpan.FromSeconds(5) - waiting.Elapsed;
            if ((await subscriber.NextAsync(remaining > TimeSpan.Zero ? remaining : TimeSpan.FromTicks(1))).Topic == "flood/end")
            {
                break;
            }
        }
    }

    [Fact]
    public async Task Takeover_Disp02WithClientIdDisp01_RefusedAndDisp01KeepsItsSessionAndReplies()
    {
        var reply = $"{Prefix}/device/disp-01/reply";
        await using (var owner = await ConnectAsync("disp-01", cleanSession: false))
        {
            await owner.SubscribeAsync(reply);
        }

        await Eventually.UntilAsync(() => _broker.ConnectedClients.Count == 0);
        _broker.Publish(reply, "{\"re\":\"disp-01.beef.1\",\"ok\":true}"u8.ToArray());

        var (code, intruder) = await MqttNetPeer.TryConnectAsync(Port, "disp-01", "disp-02", HallBrokerSetup.Password("disp-02"), cleanSession: false);

        Assert.Equal(MqttClientConnectResultCode.NotAuthorized, code);
        Assert.Null(intruder);
        await using var back = await ConnectAsync("disp-01", cleanSession: false);
        Assert.Equal((reply, "{\"re\":\"disp-01.beef.1\",\"ok\":true}"), await back.NextAsync());
    }

    [Fact]
    public async Task Acl_AnotherDevicesReplyAndEvent_SubscriptionRefusedAndForgedEventNotDelivered()
    {
        await using var hub = await ConnectAsync("hub", "hub-1");
        await hub.SubscribeAsync($"{Prefix}/device/+/event");
        await using var device = await ConnectAsync("disp-01");

        Assert.Equal(MqttClientSubscribeResultCode.UnspecifiedError, await device.SubscribeAsync($"{Prefix}/device/disp-02/reply"));
        Assert.Equal(MqttClientSubscribeResultCode.GrantedQoS1, await device.SubscribeAsync($"{Prefix}/device/disp-01/reply"));
        await device.PublishAsync($"{Prefix}/device/disp-02/event", "forged");
        await device.PublishAsync($"{Prefix}/device/disp-01/event", "genuine", MqttQualityOfServiceLevel.ExactlyOnce);

        Assert.Equal(($"{Prefix}/device/disp-01/event", "genuine"), await hub.NextAsync());
    }

    [Fact]
    public async Task Malformed_SuiteOfBadConnections_EachClosedAndAnMqttNetClientStillServed()
    {
        var open = await MalformedSuite.RunAsync(Port, "tester", HallBrokerSetup.Password("tester"));

        Assert.Empty(open);
        await using var client = await ConnectAsync("tester", "after-malformed");
        await client.SubscribeAsync("check/+", MqttQualityOfServiceLevel.ExactlyOnce);
        await client.PublishAsync("check/1", "ok", MqttQualityOfServiceLevel.ExactlyOnce);
        Assert.Equal(("check/1", "ok"), await client.NextAsync());
    }
}
