using EdgeQueue.Mqtt.Link.Tests.Support;
using EdgeQueue.Testing;
using MQTTnet;
using MQTTnet.Exceptions;
using MQTTnet.Protocol;

namespace EdgeQueue.Mqtt.Link.Tests;

/// <summary>The link against a real Mosquitto 2.0: connect, QoS, retained, will, sessions, ACL.</summary>
public sealed class MqttLinkMosquittoTests
{
    [Fact]
    public async Task ConnectAsync_BadPassword_ThrowsRefusedWithMosquittosCode()
    {
        await using var mosquitto = await LinkPeer.StartAsync();
        await using var link = new MqttLink(LinkPeer.Link(mosquitto.Port, "bad-password") with { Password = "wrong" });

        var error = await Assert.ThrowsAsync<MqttLinkRefusedException>(() => link.ConnectAsync());

        // Mosquitto 2.0 answers a wrong password with 5 (not authorized), not 4.
        Assert.Equal(MqttClientConnectResultCode.NotAuthorized, error.ResultCode);
        Assert.Contains($"mqtt://127.0.0.1:{mosquitto.Port} refused the connection", error.Message, StringComparison.Ordinal);
        Assert.False(link.IsConnected);
        await Assert.ThrowsAsync<InvalidOperationException>(() => link.PublishAsync("t", "not started"));
    }

    [Fact]
    public async Task ConnectAsync_NoBrokerListening_ThrowsCommunicationError()
    {
        await using var link = new MqttLink(LinkPeer.Link(FreePort.Next(), "nobody-home"));

        var error = await Assert.ThrowsAnyAsync<MqttCommunicationException>(() => link.ConnectAsync());

        Assert.IsType<System.Net.Sockets.SocketException>(error.GetBaseException());
    }

    [Theory]
    [InlineData(MqttQualityOfServiceLevel.AtMostOnce)]
    [InlineData(MqttQualityOfServiceLevel.AtLeastOnce)]
    [InlineData(MqttQualityOfServiceLevel.ExactlyOnce)]
    public async Task PublishAsync_EachQos_ArrivesAtSubscriberInOrderWithThatQos(MqttQualityOfServiceLevel qos)
    {
        await using var mosquitto = await LinkPeer.StartAsync();
        await using var subscriber = await LinkPeer.ConnectAsync(LinkPeer.Link(mosquitto.Port, "sub"));
        await using var publisher = await LinkPeer.ConnectAsync(LinkPeer.Link(mosquitto.Port, "pub"));
        Assert.True(await subscriber.SubscribeAsync("eq/v1/s1/#", qos).WithinPatience());

        for (var i = 0; i < 20; i++)
        {
            await publisher.PublishAsync("eq/v1/s1/device/disp-01/event", $"{{\"seq\":{i}}}", qos).WithinPatience();
        }

        for (var i = 0; i < 20; i++)
        {
            var message = await subscriber.NextMessageAsync();
            Assert.Equal("eq/v1/s1/device/disp-01/event", message.Topic);
            Assert.Equal($"{{\"seq\":{i}}}", message.Text());
            Assert.Equal(qos, message.QualityOfService);
            Assert.False(message.Retain);
        }
    }

    [Fact]
    public async Task SubscribeAsync_RetainedMessageExists_DeliversItWithRetainFlag()
    {
        await using var mosquitto = await LinkPeer.StartAsync();
        await using var publisher = await LinkPeer.ConnectAsync(LinkPeer.Link(mosquitto.Port, "hub"));
        await publisher.PublishAsync("eq/v1/s1/hub/state", "{\"online\":true}", retain: true).WithinPatience();
        await using var subscriber = await LinkPeer.ConnectAsync(LinkPeer.Link(mosquitto.Port, "board"));

        await subscriber.SubscribeAsync("eq/v1/s1/hub/+").WithinPatience();

        var message = await subscriber.NextMessageAsync();
        Assert.True(message.Retain);
        Assert.Equal("{\"online\":true}", message.Text());
    }

    [Fact]
    public async Task Will_ConnectionKilled_BrokerPublishesIt()
    {
        await using var mosquitto = await LinkPeer.StartAsync();
        await using var proxy = new TcpProxy(mosquitto.Host, mosquitto.Port);
        await using var watcher = await LinkPeer.ConnectAsync(LinkPeer.Link(mosquitto.Port, "watcher"));
        await watcher.SubscribeAsync("eq/v1/s1/device/+/state").WithinPatience();
        await using var device = await LinkPeer.ConnectAsync(LinkPeer.Link(proxy.Port, "disp-01") with
        {
            Will = new MqttLinkWill("eq/v1/s1/device/disp-01/state", "{\"online\":false}"u8.ToArray()),
        });
        await device.PublishAsync("eq/v1/s1/device/disp-01/state", "{\"online\":true}").WithinPatience();
        Assert.Equal("{\"online\":true}", (await watcher.NextMessageAsync()).Text());

        proxy.DropConnections();

        var will = await watcher.NextMessageAsync();
        Assert.Equal("eq/v1/s1/device/disp-01/state", will.Topic);
        Assert.Equal("{\"online\":false}", will.Text());
    }

    [Fact]
    public async Task DisconnectAsync_CleanShutdown_WillIsNotPublished()
    {
        await using var mosquitto = await LinkPeer.StartAsync();
        await using var watcher = await LinkPeer.ConnectAsync(LinkPeer.Link(mosquitto.Port, "watcher"));
        await watcher.SubscribeAsync("w/#").WithinPatience();
        await using var device = await LinkPeer.ConnectAsync(LinkPeer.Link(mosquitto.Port, "leaving") with
        {
            Will = new MqttLinkWill("w/leaving", "gone"u8.ToArray(), Retain: false),
        });

        await device.DisconnectAsync().WithinPatience();
        await mosquitto.WaitForLogAsync("Received DISCONNECT from leaving");
        await watcher.PublishAsync("w/marker", "after").WithinPatience();

        Assert.Equal("w/marker", (await watcher.NextMessageAsync()).Topic);
        Assert.False(device.IsConnected);
    }

    [Fact]
    public async Task ConnectAsync_PersistentSession_DeliversMessagesPublishedWhileOffline()
    {
        await using var mosquitto = await LinkPeer.StartAsync();
        var options = LinkPeer.Link(mosquitto.Port, "hub-s1") with { CleanSession = false };
        await using (var first = await LinkPeer.ConnectAsync(options))
        {
            await first.SubscribeAsync("eq/v1/s1/device/+/event").WithinPatience();
            await first.DisconnectAsync().WithinPatience();
        }

        await using (var device = await LinkPeer.ConnectAsync(LinkPeer.Link(mosquitto.Port, "disp-01", LinkPeer.Device)))
        {
            for (var i = 0; i < 3; i++)
            {
                await device.PublishAsync("eq/v1/s1/device/disp-01/event", $"offline-{i}").WithinPatience();
            }
        }

        await using var second = new MqttLink(options);
        var result = await second.ConnectAsync().WithinPatience();

        Assert.True(result.IsSessionPresent);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal($"offline-{i}", (await second.NextMessageAsync()).Text());
        }
    }

    [Fact]
    public async Task ConnectAsync_CleanSessionAfterPersistentOne_HasNoSession()
    {
        await using var mosquitto = await LinkPeer.StartAsync();
        var options = LinkPeer.Link(mosquitto.Port, "hub-s1") with { CleanSession = false };
        await using (var first = await LinkPeer.ConnectAsync(options))
        {
            await first.SubscribeAsync("a/b").WithinPatience();
        }

        await using var clean = new MqttLink(options with { CleanSession = true });

        Assert.False((await clean.ConnectAsync().WithinPatience()).IsSessionPresent);
    }

    [Fact]
    public async Task SubscribeAsync_DeniedByAcl_MosquittoGrantsButNeverDelivers()
    {
        await using var mosquitto = await LinkPeer.StartAsync();
        await using var device = await LinkPeer.ConnectAsync(LinkPeer.Link(mosquitto.Port, "disp-01", LinkPeer.Device));
        await using var hub = await LinkPeer.ConnectAsync(LinkPeer.Link(mosquitto.Port, "hub"));

        var refused = await device.SubscribeAsync(["eq/v1/s1/device/disp-02/reply", "eq/v1/s1/device/disp-01/reply"]).WithinPatience();
        await hub.PublishAsync("eq/v1/s1/device/disp-02/reply", "not yours").WithinPatience();
        await hub.PublishAsync("eq/v1/s1/device/disp-01/reply", "yours").WithinPatience();

        // Mosquitto 2.0 (MQTT 3.1.1) grants the SUBACK and filters at delivery time instead of returning 0x80.
        Assert.Empty(refused);
        var first = await device.NextMessageAsync();
        Assert.Equal("eq/v1/s1/device/disp-01/reply", first.Topic);
        Assert.Equal("yours", first.Text());
    }

    [Fact]
    public async Task PublishAsync_DeniedByAcl_AcknowledgedButDropped()
    {
        await using var mosquitto = await LinkPeer.StartAsync();
        await using var hub = await LinkPeer.ConnectAsync(LinkPeer.Link(mosquitto.Port, "hub"));
        await hub.SubscribeAsync("eq/v1/s1/#").WithinPatience();
        await using var device = await LinkPeer.ConnectAsync(LinkPeer.Link(mosquitto.Port, "disp-01", LinkPeer.Device));

        // A device writing to another device's topic: Mosquitto still sends PUBACK (3.1.1 has no refusal code).
        await device.PublishAsync("eq/v1/s1/device/disp-02/event", "forged").WithinPatience();
        await device.PublishAsync("eq/v1/s1/device/disp-01/event", "genuine").WithinPatience();

        var first = await hub.NextMessageAsync();
        Assert.Equal("eq/v1/s1/device/disp-01/event", first.Topic);
        Assert.Contains("Denied PUBLISH from disp-01", mosquitto.Log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnsubscribeAsync_AfterwardsMessages_NoLongerArrive()
    {
        await using var mosquitto = await LinkPeer.StartAsync();
        await using var link = await LinkPeer.ConnectAsync(LinkPeer.Link(mosquitto.Port, "c"));
        await link.SubscribeAsync("x/#").WithinPatience();
        await link.SubscribeAsync("y/#").WithinPatience();

        await link.UnsubscribeAsync("x/#").WithinPatience();
        await link.PublishAsync("x/1", "gone").WithinPatience();
        await link.PublishAsync("y/1", "kept").WithinPatience();

        Assert.Equal("y/1", (await link.NextMessageAsync()).Topic);
    }

    [Fact]
    public async Task PublishAsync_LargePayload_ArrivesIntact()
    {
        await using var mosquitto = await LinkPeer.StartAsync();
        await using var link = await LinkPeer.ConnectAsync(LinkPeer.Link(mosquitto.Port, "big"));
        await link.SubscribeAsync("big", MqttQualityOfServiceLevel.ExactlyOnce).WithinPatience();
        var payload = new byte[300_000];
        new Random(7).NextBytes(payload);

        await link.PublishAsync("big", payload, MqttQualityOfServiceLevel.ExactlyOnce).WithinPatience();

        Assert.Equal(payload, (await link.NextMessageAsync()).Payload.ToArray());
    }

    [Theory]
    [InlineData("eq/v1/+/hall/calls", "wildcard")]
    [InlineData("", "empty")]
    [InlineData("eq/v1/s1\\0/hall", "U+0000")]
    [InlineData("eq/\\ud800", "UTF-8")]
    public async Task PublishAsync_TopicBrokersRefuse_ThrowsWithReasonBeforeAnythingIsQueued(string topic, string reason)
    {
        await using var mosquitto = await LinkPeer.StartAsync();
        await using var link = await LinkPeer.ConnectAsync(LinkPeer.Link(mosquitto.Port, "careless"));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => link.PublishAsync(System.Text.RegularExpressions.Regex.Unescape(topic), "x"));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal(0, link.PendingPublishes);
        await link.PublishAsync("still/works", "yes").WithinPatience();
    }

    [Fact]
    public async Task PublishAsync_PayloadOverLimit_ThrowsInsteadOfPoisoningTheLink()
    {
        await using var mosquitto = await LinkPeer.StartAsync();
        await using var link = await LinkPeer.ConnectAsync(LinkPeer.Link(mosquitto.Port, "big") with { MaxPayloadBytes = 1000 });

        var error = await Assert.ThrowsAsync<ArgumentException>(() => link.PublishAsync("big", new byte[1001]));

        Assert.Contains("1001-byte message to 'big' is over the link's limit of 1000 bytes", error.Message, StringComparison.Ordinal);
    }
}
