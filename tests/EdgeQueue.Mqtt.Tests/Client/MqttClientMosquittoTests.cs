using System.Text;
using EdgeQueue.Mqtt.Client;
using EdgeQueue.Mqtt.Packets;
using EdgeQueue.Testing;

namespace EdgeQueue.Mqtt.Tests.Client;

/// <summary>The client against a real Mosquitto 2.0: connect, QoS, retained, will, sessions, ACL.</summary>
public sealed class MqttClientMosquittoTests
{
    [Fact]
    public async Task ConnectAsync_BadPassword_ThrowsWithMosquittosConnAckCode()
    {
        await using var mosquitto = await MosquittoPeer.StartAsync();
        var options = MosquittoPeer.Client(mosquitto.Port, "bad-password") with { Password = "wrong" };
        await using var client = new MqttClient(options);

        var error = await Assert.ThrowsAsync<MqttConnectException>(() => client.ConnectAsync());

        // Mosquitto 2.0 answers a wrong password with 5 (not authorized), not 4.
        Assert.Equal(ConnectReturnCode.NotAuthorized, error.ReturnCode);
        Assert.Contains("CONNACK return code 5", error.Message, StringComparison.Ordinal);
        Assert.False(client.IsConnected);
    }

    [Fact]
    public async Task ConnectAsync_NoBrokerListening_ThrowsTransportError()
    {
        await using var client = new MqttClient(MosquittoPeer.Client(FreePort.Next(), "nobody-home"));

        await Assert.ThrowsAnyAsync<System.Net.Sockets.SocketException>(() => client.ConnectAsync());
    }

    [Theory]
    [InlineData(MqttQualityOfService.AtMostOnce)]
    [InlineData(MqttQualityOfService.AtLeastOnce)]
    [InlineData(MqttQualityOfService.ExactlyOnce)]
    public async Task PublishAsync_EachQos_ArrivesAtSubscriberWithThatQos(MqttQualityOfService qos)
    {
        await using var mosquitto = await MosquittoPeer.StartAsync();
        await using var subscriber = await MosquittoPeer.ConnectAsync(MosquittoPeer.Client(mosquitto.Port, "sub"));
        await using var publisher = await MosquittoPeer.ConnectAsync(MosquittoPeer.Client(mosquitto.Port, "pub"));
        Assert.Equal((SubscribeReturnCode)qos, await subscriber.SubscribeAsync("eq/v1/s1/#", qos).WithinPatience());

        for (var i = 0; i < 20; i++)
        {
            await publisher.PublishAsync($"eq/v1/s1/device/disp-01/event", $"{{\"seq\":{i}}}", qos).WithinPatience();
        }

        for (var i = 0; i < 20; i++)
        {
            var message = await subscriber.NextMessageAsync();
            Assert.Equal("eq/v1/s1/device/disp-01/event", message.Topic);
            Assert.Equal($"{{\"seq\":{i}}}", Encoding.UTF8.GetString(message.Payload.Span));
            Assert.Equal(qos, message.QualityOfService);
            Assert.False(message.Retain);
        }
    }

    [Fact]
    public async Task SubscribeAsync_RetainedMessageExists_DeliversItWithRetainFlag()
    {
        await using var mosquitto = await MosquittoPeer.StartAsync();
        await using var publisher = await MosquittoPeer.ConnectAsync(MosquittoPeer.Client(mosquitto.Port, "hub"));
        await publisher.PublishAsync("eq/v1/s1/hub/state", "{\"online\":true}", MqttQualityOfService.AtLeastOnce, retain: true).WithinPatience();
        await using var subscriber = await MosquittoPeer.ConnectAsync(MosquittoPeer.Client(mosquitto.Port, "board"));

        await subscriber.SubscribeAsync("eq/v1/s1/hub/+", MqttQualityOfService.AtLeastOnce).WithinPatience();

        var message = await subscriber.NextMessageAsync();
        Assert.True(message.Retain);
        Assert.Equal("{\"online\":true}", Encoding.UTF8.GetString(message.Payload.Span));
    }

    [Fact]
    public async Task Will_ConnectionKilled_BrokerPublishesIt()
    {
        await using var mosquitto = await MosquittoPeer.StartAsync();
        await using var proxy = new TcpProxy(mosquitto.Host, mosquitto.Port);
        await using var watcher = await MosquittoPeer.ConnectAsync(MosquittoPeer.Client(mosquitto.Port, "watcher"));
        await watcher.SubscribeAsync("eq/v1/s1/device/+/state", MqttQualityOfService.AtLeastOnce).WithinPatience();
        var deviceOptions = MosquittoPeer.Client(proxy.Port, "disp-01") with
        {
            AutoReconnect = false,
            Will = new MqttWill { Topic = "eq/v1/s1/device/disp-01/state", Payload = "{\"online\":false}"u8.ToArray(), QualityOfService = MqttQualityOfService.AtLeastOnce, Retain = true },
        };
        await using var device = await MosquittoPeer.ConnectAsync(deviceOptions);
        await device.PublishAsync("eq/v1/s1/device/disp-01/state", "{\"online\":true}", MqttQualityOfService.AtLeastOnce).WithinPatience();
        Assert.Equal("{\"online\":true}", Encoding.UTF8.GetString((await watcher.NextMessageAsync()).Payload.Span));

        proxy.DropConnections();

        var will = await watcher.NextMessageAsync();
        Assert.Equal("eq/v1/s1/device/disp-01/state", will.Topic);
        Assert.Equal("{\"online\":false}", Encoding.UTF8.GetString(will.Payload.Span));
    }

    [Fact]
    public async Task DisconnectAsync_CleanShutdown_WillIsNotPublished()
    {
        await using var mosquitto = await MosquittoPeer.StartAsync();
        await using var watcher = await MosquittoPeer.ConnectAsync(MosquittoPeer.Client(mosquitto.Port, "watcher"));
        await watcher.SubscribeAsync("w/#", MqttQualityOfService.AtLeastOnce).WithinPatience();
        var device = await MosquittoPeer.ConnectAsync(MosquittoPeer.Client(mosquitto.Port, "leaving") with
        {
            Will = new MqttWill { Topic = "w/leaving", Payload = "gone"u8.ToArray() },
        });

        await device.DisconnectAsync().WithinPatience();
        await mosquitto.WaitForLogAsync("Received DISCONNECT from leaving");
        await watcher.PublishAsync("w/marker", "after", MqttQualityOfService.AtLeastOnce).WithinPatience();

        Assert.Equal("w/marker", (await watcher.NextMessageAsync()).Topic);
        Assert.False(device.IsConnected);
        await device.DisposeAsync();
    }

    [Fact]
    public async Task ConnectAsync_PersistentSession_DeliversMessagesPublishedWhileOffline()
    {
        await using var mosquitto = await MosquittoPeer.StartAsync();
        var options = MosquittoPeer.Client(mosquitto.Port, "hub-s1") with { CleanSession = false };
        var first = await MosquittoPeer.ConnectAsync(options);
        await first.SubscribeAsync("eq/v1/s1/device/+/event", MqttQualityOfService.AtLeastOnce).WithinPatience();
        await first.DisconnectAsync().WithinPatience();
        await first.DisposeAsync();
        await using (var device = await MosquittoPeer.ConnectAsync(MosquittoPeer.Client(mosquitto.Port, "disp-01", MosquittoPeer.Device)))
        {
            for (var i = 0; i < 3; i++)
            {
                await device.PublishAsync("eq/v1/s1/device/disp-01/event", $"offline-{i}", MqttQualityOfService.AtLeastOnce).WithinPatience();
            }
        }

        await using var second = new MqttClient(options);
        var result = await second.ConnectAsync().WithinPatience();

        Assert.True(result.SessionPresent);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal($"offline-{i}", Encoding.UTF8.GetString((await second.NextMessageAsync()).Payload.Span));
        }
    }

    [Fact]
    public async Task ConnectAsync_CleanSessionAfterPersistentOne_HasNoSession()
    {
        await using var mosquitto = await MosquittoPeer.StartAsync();
        var options = MosquittoPeer.Client(mosquitto.Port, "hub-s1") with { CleanSession = false };
        await using (var first = await MosquittoPeer.ConnectAsync(options))
        {
            await first.SubscribeAsync("a/b", MqttQualityOfService.AtLeastOnce).WithinPatience();
        }

        await using var clean = new MqttClient(options with { CleanSession = true });

        Assert.False((await clean.ConnectAsync().WithinPatience()).SessionPresent);
    }

    [Fact]
    public async Task SubscribeAsync_DeniedByAcl_MosquittoGrantsButNeverDelivers()
    {
        await using var mosquitto = await MosquittoPeer.StartAsync();
        await using var device = await MosquittoPeer.ConnectAsync(MosquittoPeer.Client(mosquitto.Port, "disp-01", MosquittoPeer.Device));
        await using var hub = await MosquittoPeer.ConnectAsync(MosquittoPeer.Client(mosquitto.Port, "hub"));

        var codes = await device.SubscribeAsync(
            [new("eq/v1/s1/device/disp-02/reply", MqttQualityOfService.AtLeastOnce), new("eq/v1/s1/device/disp-01/reply", MqttQualityOfService.AtLeastOnce)]).WithinPatience();
        await hub.PublishAsync("eq/v1/s1/device/disp-02/reply", "not yours", MqttQualityOfService.AtLeastOnce).WithinPatience();
        await hub.PublishAsync("eq/v1/s1/device/disp-01/reply", "yours", MqttQualityOfService.AtLeastOnce).WithinPatience();

        // Mosquitto 2.0 (MQTT 3.1.1) grants the SUBACK and filters at delivery time instead of returning 0x80.
        Assert.Equal([SubscribeReturnCode.GrantedQos1, SubscribeReturnCode.GrantedQos1], codes);
        var first = await device.NextMessageAsync();
        Assert.Equal("eq/v1/s1/device/disp-01/reply", first.Topic);
        Assert.Equal("yours", Encoding.UTF8.GetString(first.Payload.Span));
    }

    [Fact]
    public async Task PublishAsync_DeniedByAcl_AcknowledgedButDropped()
    {
        await using var mosquitto = await MosquittoPeer.StartAsync();
        await using var hub = await MosquittoPeer.ConnectAsync(MosquittoPeer.Client(mosquitto.Port, "hub"));
        await hub.SubscribeAsync("eq/v1/s1/#", MqttQualityOfService.AtLeastOnce).WithinPatience();
        await using var device = await MosquittoPeer.ConnectAsync(MosquittoPeer.Client(mosquitto.Port, "disp-01", MosquittoPeer.Device));

        // A device writing to another device's topic: Mosquitto still sends PUBACK (3.1.1 has no refusal code).
        await device.PublishAsync("eq/v1/s1/device/disp-02/event", "forged", MqttQualityOfService.AtLeastOnce).WithinPatience();
        await device.PublishAsync("eq/v1/s1/device/disp-01/event", "genuine", MqttQualityOfService.AtLeastOnce).WithinPatience();

        var first = await hub.NextMessageAsync();
        Assert.Equal("eq/v1/s1/device/disp-01/event", first.Topic);
        Assert.Contains("Denied PUBLISH from disp-01", mosquitto.Log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnsubscribeAsync_AfterwardsMessages_NoLongerArrive()
    {
        await using var mosquitto = await MosquittoPeer.StartAsync();
        await using var client = await MosquittoPeer.ConnectAsync(MosquittoPeer.Client(mosquitto.Port, "c"));
        await client.SubscribeAsync("x/#", MqttQualityOfService.AtLeastOnce).WithinPatience();
        await client.SubscribeAsync("y/#", MqttQualityOfService.AtLeastOnce).WithinPatience();

        await client.UnsubscribeAsync("x/#").WithinPatience();
        await client.PublishAsync("x/1", "gone", MqttQualityOfService.AtLeastOnce).WithinPatience();
        await client.PublishAsync("y/1", "kept", MqttQualityOfService.AtLeastOnce).WithinPatience();

        Assert.Equal("y/1", (await client.NextMessageAsync()).Topic);
    }

    [Fact]
    public async Task PublishAsync_LargePayload_ArrivesIntact()
    {
        await using var mosquitto = await MosquittoPeer.StartAsync();
        await using var client = await MosquittoPeer.ConnectAsync(MosquittoPeer.Client(mosquitto.Port, "big"));
        await client.SubscribeAsync("big", MqttQualityOfService.ExactlyOnce).WithinPatience();
        var payload = new byte[300_000];
        new Random(7).NextBytes(payload);

        await client.PublishAsync("big", payload, MqttQualityOfService.ExactlyOnce).WithinPatience();

        Assert.Equal(payload, (await client.NextMessageAsync()).Payload.ToArray());
    }
}
