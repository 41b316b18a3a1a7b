using System.Text;
using EdgeQueue.Mqtt.Broker;
using EdgeQueue.Mqtt.Packets;
using EdgeQueue.Testing;

namespace EdgeQueue.Mqtt.Tests.Broker;

public sealed class MqttBrokerTests
{
    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static string Text(ReadOnlyMemory<byte> bytes) => Encoding.UTF8.GetString(bytes.Span);

    [Theory]
    [InlineData(MqttQualityOfService.AtMostOnce)]
    [InlineData(MqttQualityOfService.AtLeastOnce)]
    [InlineData(MqttQualityOfService.ExactlyOnce)]
    public async Task Publish_EachQos_SubscriberGetsMessageWithCompletedHandshakes(MqttQualityOfService qos)
    {
        await using var broker = await TestBroker.StartAsync();
        await using var subscriber = await RawMqttClient.ConnectAsync(broker.Port, "sub");
        await subscriber.SubscribeAsync("a/+", MqttQualityOfService.ExactlyOnce);
        await using var publisher = await RawMqttClient.ConnectAsync(broker.Port, "pub");

        await publisher.SendAsync(new PublishPacket { Topic = "a/b", Payload = Bytes("hi"), QualityOfService = qos, PacketId = qos == 0 ? (ushort)0 : (ushort)7 });
        if (qos == MqttQualityOfService.AtLeastOnce)
        {
            Assert.Equal(7, (await publisher.ReceiveAsync<PubAckPacket>()).PacketId);
        }
        else if (qos == MqttQualityOfService.ExactlyOnce)
        {
            Assert.Equal(7, (await publisher.ReceiveAsync<PubRecPacket>()).PacketId);
            await publisher.SendAsync(new PubRelPacket(7));
            Assert.Equal(7, (await publisher.ReceiveAsync<PubCompPacket>()).PacketId);
        }

        var delivered = await subscriber.ReceiveAsync<PublishPacket>();
        Assert.Equal("a/b", delivered.Topic);
        Assert.Equal("hi", Text(delivered.Payload));
        Assert.Equal(qos, delivered.QualityOfService);
        Assert.False(delivered.Retain);
        if (qos == MqttQualityOfService.ExactlyOnce)
        {
            await subscriber.SendAsync(new PubRecPacket(delivered.PacketId));
            Assert.Equal(delivered.PacketId, (await subscriber.ReceiveAsync<PubRelPacket>()).PacketId);
            await subscriber.SendAsync(new PubCompPacket(delivered.PacketId));
        }
    }

    [Fact]
    public async Task Publish_Qos2ResentBeforePubRel_DeliveredOnce()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var subscriber = await RawMqttClient.ConnectAsync(broker.Port, "sub");
        await subscriber.SubscribeAsync("t", MqttQualityOfService.AtMostOnce);
        await using var publisher = await RawMqttClient.ConnectAsync(broker.Port, "pub");
        var publish = new PublishPacket { Topic = "t", Payload = Bytes("once"), QualityOfService = MqttQualityOfService.ExactlyOnce, PacketId = 3 };

        await publisher.SendAsync(publish);
        await publisher.ReceiveAsync<PubRecPacket>();
        await publisher.SendAsync(publish with { Duplicate = true });
        await publisher.ReceiveAsync<PubRecPacket>();
        await publisher.SendAsync(new PubRelPacket(3));
        await publisher.ReceiveAsync<PubCompPacket>();
        await publisher.SendAsync(new PublishPacket { Topic = "t", Payload = Bytes("marker") });

        Assert.Equal("once", Text((await subscriber.ReceiveAsync<PublishPacket>()).Payload));
        Assert.Equal("marker", Text((await subscriber.ReceiveAsync<PublishPacket>()).Payload));
    }

    [Fact]
    public async Task Subscribe_RetainedMessage_DeliveredWithRetainFlagAndEmptyPayloadClearsIt()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var publisher = await RawMqttClient.ConnectAsync(broker.Port, "pub");
        await publisher.SendAsync(new PublishPacket { Topic = "dev/1/state", Payload = Bytes("on"), Retain = true, QualityOfService = MqttQualityOfService.AtLeastOnce, PacketId = 1 });
        await publisher.ReceiveAsync<PubAckPacket>();

        await using (var first = await RawMqttClient.ConnectAsync(broker.Port, "s1"))
        {
            await first.SubscribeAsync("dev/+/state", MqttQualityOfService.AtMostOnce);
            var retained = await first.ReceiveAsync<PublishPacket>();
            Assert.True(retained.Retain);
            Assert.Equal(MqttQualityOfService.AtMostOnce, retained.QualityOfService);
            Assert.Equal("on", Text(retained.Payload));

            await publisher.SendAsync(new PublishPacket { Topic = "dev/1/state", Retain = true });
            var clearing = await first.ReceiveAsync<PublishPacket>();
            Assert.False(clearing.Retain);
            Assert.True(clearing.Payload.IsEmpty);
        }

        await using var second = await RawMqttClient.ConnectAsync(broker.Port, "s2");
        await second.SubscribeAsync("dev/#", MqttQualityOfService.AtMostOnce);
        await publisher.SendAsync(new PublishPacket { Topic = "dev/marker", Payload = Bytes("m") });
        Assert.Equal("dev/marker", (await second.ReceiveAsync<PublishPacket>()).Topic);
        Assert.Equal(0, broker.Broker.RetainedMessages.Count);
    }

    [Fact]
    public async Task Will_ConnectionDroppedWithoutDisconnect_PublishedAndEventsRaised()
    {
        await using var broker = await TestBroker.StartAsync();
        var disconnected = new TaskCompletionSource<MqttClientDisconnected>(TaskCreationOptions.RunContinuationsAsynchronously);
        var connected = new List<MqttClientConnected>();
        broker.Broker.ClientConnected += (_, e) => { lock (connected) { connected.Add(e); } };
        broker.Broker.ClientDisconnected += (_, e) => { if (e.Client.ClientId == "dev") { disconnected.TrySetResult(e); } };
        await using var watcher = await RawMqttClient.ConnectAsync(broker.Port, "watcher");
        await watcher.SubscribeAsync("dev/state");
        var will = new MqttWill { Topic = "dev/state", Payload = Bytes("offline"), QualityOfService = MqttQualityOfService.AtLeastOnce, Retain = true };

        var device = await RawMqttClient.ConnectAsync(broker.Port, "dev", username: "u1", will: will);
        await device.DisposeAsync();

        var message = await watcher.ReceiveAsync<PublishPacket>();
        Assert.Equal("offline", Text(message.Payload));
        var gone = await disconnected.Task.WaitAsync(RawMqttClient.Patience);
        Assert.Equal(MqttDisconnectReason.ConnectionLost, gone.Reason);
        Assert.True(gone.WillPublished);
        Assert.Equal("u1", gone.Client.Username);
        lock (connected)
        {
            Assert.Contains(connected, c => c.Client.ClientId == "dev" && c.Client.Username == "u1" && c.CleanSession);
        }

        Assert.Equal("offline", Text(broker.Broker.RetainedMessages.Get("dev/state")!.Payload));
    }

    [Fact]
    public async Task Will_AfterDisconnect_NotPublished()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var watcher = await RawMqttClient.ConnectAsync(broker.Port, "watcher");
        await watcher.SubscribeAsync("#", MqttQualityOfService.AtMostOnce);

        await using (var device = await RawMqttClient.ConnectAsync(broker.Port, "dev", will: new MqttWill { Topic = "dev/state", Payload = Bytes("offline") }))
        {
            await device.SendAsync(DisconnectPacket.Instance);
            Assert.True(await device.WaitClosedAsync());
        }

        await using var other = await RawMqttClient.ConnectAsync(broker.Port, "other");
        await other.SendAsync(new PublishPacket { Topic = "marker", Payload = Bytes("m") });
        Assert.Equal("marker", (await watcher.ReceiveAsync<PublishPacket>()).Topic);
    }

    [Fact]
    public async Task PersistentSession_MessagesWhileOffline_DeliveredOnReconnectWithSessionPresent()
    {
        await using var broker = await TestBroker.StartAsync();
        await using (var device = await RawMqttClient.ConnectAsync(broker.Port, "dev", cleanSession: false))
        {
            await device.SubscribeAsync("dev/reply", MqttQualityOfService.ExactlyOnce);
            await device.SendAsync(DisconnectPacket.Instance);
        }

        await Eventually.UntilAsync(() => broker.Broker.ConnectedClients.Count == 0);
        broker.Broker.Publish("dev/reply", Bytes("r1"), MqttQualityOfService.AtLeastOnce);
        broker.Broker.Publish("dev/reply", Bytes("r2"), MqttQualityOfService.ExactlyOnce);
        broker.Broker.Publish("dev/reply", Bytes("lost"), MqttQualityOfService.AtMostOnce);

        await using var again = await RawMqttClient.OpenAsync(broker.Port);
        var ack = await again.HandshakeAsync(RawMqttClient.Connect("dev", cleanSession: false));
        Assert.True(ack.SessionPresent);
        var first = await again.ReceiveAsync<PublishPacket>();
        var second = await again.ReceiveAsync<PublishPacket>();
        Assert.Equal(("r1", MqttQualityOfService.AtLeastOnce), (Text(first.Payload), first.QualityOfService));
        Assert.Equal(("r2", MqttQualityOfService.ExactlyOnce), (Text(second.Payload), second.QualityOfService));

        // Not acknowledged: after another reconnect both come again, now marked DUP.
        await again.DisposeAsync();
        await Eventually.UntilAsync(() => broker.Broker.ConnectedClients.Count == 0);
        await using var third = await RawMqttClient.OpenAsync(broker.Port);
        Assert.True((await third.HandshakeAsync(RawMqttClient.Connect("dev", cleanSession: false))).SessionPresent);
        var resent = await third.ReceiveAsync<PublishPacket>();
        Assert.True(resent.Duplicate);
        Assert.Equal(first.PacketId, resent.PacketId);
    }

    [Fact]
    public async Task CleanSession_AfterPersistentOne_DiscardsItAndSessionNotPresent()
    {
        await using var broker = await TestBroker.StartAsync();
        await using (var device = await RawMqttClient.ConnectAsync(broker.Port, "dev", cleanSession: false))
        {
            await device.SubscribeAsync("x");
        }

        await Eventually.UntilAsync(() => broker.Broker.ConnectedClients.Count == 0);
        await using var clean = await RawMqttClient.OpenAsync(broker.Port);

        Assert.False((await clean.HandshakeAsync(RawMqttClient.Connect("dev", cleanSession: true))).SessionPresent);
        broker.Broker.Publish("x", Bytes("not for you"));
        broker.Broker.Publish("y", Bytes("nor this"));
        await clean.SubscribeAsync("z", MqttQualityOfService.AtMostOnce);
        broker.Broker.Publish("z", Bytes("marker"), MqttQualityOfService.AtMostOnce);
        Assert.Equal("z", (await clean.ReceiveAsync<PublishPacket>()).Topic);
    }

    [Fact]
    public async Task Connect_SameClientIdAgain_OldConnectionClosedNewOneServed()
    {
        await using var broker = await TestBroker.StartAsync();
        var reasons = new List<MqttDisconnectReason>();
        broker.Broker.ClientDisconnected += (_, e) => { lock (reasons) { reasons.Add(e.Reason); } };
        await using var first = await RawMqttClient.ConnectAsync(broker.Port, "dev");

        await using var second = await RawMqttClient.ConnectAsync(broker.Port, "dev");

        Assert.True(await first.WaitClosedAsync());
        await second.SubscribeAsync("t", MqttQualityOfService.AtMostOnce);
        broker.Broker.Publish("t", Bytes("still here"), MqttQualityOfService.AtMostOnce);
        Assert.Equal("still here", Text((await second.ReceiveAsync<PublishPacket>()).Payload));
        lock (reasons)
        {
            Assert.Equal([MqttDisconnectReason.TakenOver], reasons);
        }

        Assert.Single(broker.Broker.ConnectedClients);
    }

    [Fact]
    public async Task KeepAlive_SilentForOneAndAHalfPeriods_ConnectionClosedAndWillPublished()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 21, 8, 0, 0, TimeSpan.Zero));
        await using var broker = await TestBroker.StartAsync(time: clock);
        var gone = new TaskCompletionSource<MqttClientDisconnected>(TaskCreationOptions.RunContinuationsAsynchronously);
        broker.Broker.ClientDisconnected += (_, e) => gone.TrySetResult(e);
        await using var watcher = await RawMqttClient.ConnectAsync(broker.Port, "watcher");
        await watcher.SubscribeAsync("dev/state");
        await using var device = await RawMqttClient.ConnectAsync(broker.Port, "dev", keepAlive: 10,
            will: new MqttWill { Topic = "dev/state", Payload = Bytes("offline"), QualityOfService = MqttQualityOfService.AtLeastOnce });

        clock.Advance(TimeSpan.FromSeconds(10));
        await device.SendAsync(PingReqPacket.Instance);
        await device.ReceiveAsync<PingRespPacket>();
        clock.Advance(TimeSpan.FromSeconds(14));
        Assert.False(gone.Task.IsCompleted, "a ping 14 s ago keeps a 10 s keep-alive connection open");
        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.True(await device.WaitClosedAsync());
        Assert.Equal(MqttDisconnectReason.KeepAliveExpired, (await gone.Task.WaitAsync(RawMqttClient.Patience)).Reason);
        Assert.Equal("offline", Text((await watcher.ReceiveAsync<PublishPacket>()).Payload));
    }

    [Fact]
    public async Task Connect_NotSentWithinTimeout_ConnectionClosed()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 21, 8, 0, 0, TimeSpan.Zero));
        await using var broker = await TestBroker.StartAsync(time: clock, limits: new MqttBrokerLimits { ConnectTimeout = TimeSpan.FromSeconds(5) });
        await using var idle = await RawMqttClient.OpenAsync(broker.Port);
        await Eventually.UntilAsync(() => broker.Broker.ConnectionCount == 1);

        clock.Advance(TimeSpan.FromSeconds(5));

        Assert.True(await idle.WaitClosedAsync());
    }

    [Fact]
    public async Task Connect_OverMaxConnections_RefusedServerUnavailable()
    {
        await using var broker = await TestBroker.StartAsync(limits: new MqttBrokerLimits { MaxConnections = 2 });
        await using var one = await RawMqttClient.ConnectAsync(broker.Port, "one");
        await using var two = await RawMqttClient.ConnectAsync(broker.Port, "two");
        await using var three = await RawMqttClient.OpenAsync(broker.Port);

        var ack = await three.HandshakeAsync(RawMqttClient.Connect("three"));

        Assert.Equal(ConnectReturnCode.ServerUnavailable, ack.ReturnCode);
        Assert.True(await three.WaitClosedAsync());
    }

    [Fact]
    public async Task Deliver_SubscriberNotAcknowledging_AtMostMaxInflightThenRestAsAcksArrive()
    {
        await using var broker = await TestBroker.StartAsync(limits: new MqttBrokerLimits { MaxInflightMessages = 2 });
        await using var subscriber = await RawMqttClient.ConnectAsync(broker.Port, "sub");
        await subscriber.SubscribeAsync("t");
        for (var i = 0; i < 4; i++)
        {
            broker.Broker.Publish("t", Bytes($"m{i}"));
        }

        var first = await subscriber.ReceiveAsync<PublishPacket>();
        var second = await subscriber.ReceiveAsync<PublishPacket>();
        broker.Broker.Publish("marker", Bytes("none"));
        await subscriber.SendAsync(PingReqPacket.Instance);
        await subscriber.ReceiveAsync<PingRespPacket>();

        await subscriber.SendAsync(new PubAckPacket(first.PacketId));
        Assert.Equal("m2", Text((await subscriber.ReceiveAsync<PublishPacket>()).Payload));
        await subscriber.SendAsync(new PubAckPacket(second.PacketId));
        Assert.Equal("m3", Text((await subscriber.ReceiveAsync<PublishPacket>()).Payload));
    }

    [Fact]
    public async Task PersistentSession_QueueFull_NewestMessagesDropped()
    {
        await using var broker = await TestBroker.StartAsync(limits: new MqttBrokerLimits { MaxQueuedMessages = 3 });
        await using (var device = await RawMqttClient.ConnectAsync(broker.Port, "dev", cleanSession: false))
        {
            await device.SubscribeAsync("t");
        }

        await Eventually.UntilAsync(() => broker.Broker.ConnectedClients.Count == 0);
        for (var i = 0; i < 5; i++)
        {
            broker.Broker.Publish("t", Bytes($"m{i}"));
        }

        await using var again = await RawMqttClient.ConnectAsync(broker.Port, "dev", cleanSession: false);
        var received = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var message = await again.ReceiveAsync<PublishPacket>();
            received.Add(Text(message.Payload));
            await again.SendAsync(new PubAckPacket(message.PacketId));
        }

        await again.SendAsync(PingReqPacket.Instance);
        await again.ReceiveAsync<PingRespPacket>();
        Assert.Equal(["m0", "m1", "m2"], received);
    }

    [Fact]
    public async Task InProcessSubscribe_ClientPublishes_HandlerSeesRetainedFirstThenLive()
    {
        await using var broker = await TestBroker.StartAsync();
        broker.Broker.Publish("eq/v1/h/device/d1/state", Bytes("{\"online\":true}"), retain: true);
        var seen = System.Threading.Channels.Channel.CreateUnbounded<BrokerMessage>();

        await using var observer = broker.Broker.Subscribe("eq/v1/+/device/+/#", (m, _) => seen.Writer.WriteAsync(m));
        await using var device = await RawMqttClient.ConnectAsync(broker.Port, "d1");
        await device.SendAsync(new PublishPacket { Topic = "eq/v1/h/device/d1/event", Payload = Bytes("{}") });

        using var timeout = new CancellationTokenSource(RawMqttClient.Patience);
        var retained = await seen.Reader.ReadAsync(timeout.Token);
        var live = await seen.Reader.ReadAsync(timeout.Token);
        Assert.True(retained.Retain);
        Assert.Equal("eq/v1/h/device/d1/state", retained.Topic);
        Assert.Equal(("eq/v1/h/device/d1/event", "d1"), (live.Topic, live.PublisherClientId));
    }

    [Fact]
    public async Task RetainedMessages_WithDataDirectory_SurviveRestart()
    {
        using var data = new TempDirectory();
        await using (var first = await TestBroker.StartAsync(dataDirectory: data.Path))
        {
            first.Broker.Publish("eq/v1/h/device/d1/config", Bytes("cfg"), retain: true);
        }

        await using var second = await TestBroker.StartAsync(dataDirectory: data.Path);
        await using var device = await RawMqttClient.ConnectAsync(second.Port, "d1");
        await device.SubscribeAsync("eq/v1/h/device/d1/config");

        var message = await device.ReceiveAsync<PublishPacket>();
        Assert.True(message.Retain);
        Assert.Equal("cfg", Text(message.Payload));
    }

    [Fact]
    public async Task PersistentSessions_WithDataDirectory_SurviveRestartWithQueueAndSubscriptions()
    {
        using var data = new TempDirectory();
        await using (var first = await TestBroker.StartAsync(dataDirectory: data.Path))
        {
            await using (var device = await RawMqttClient.ConnectAsync(first.Port, "dev", cleanSession: false))
            {
                await device.SubscribeAsync("dev/reply");
                await device.SendAsync(DisconnectPacket.Instance);
            }

            await using (var passer = await RawMqttClient.ConnectAsync(first.Port, "passer"))
            {
                await passer.SubscribeAsync("x");
            }

            await Eventually.UntilAsync(() => first.Broker.ConnectedClients.Count == 0);
            first.Broker.Publish("dev/reply", Bytes("r1"));
            first.Broker.Publish("dev/reply", Bytes("r2"), MqttQualityOfService.ExactlyOnce);
        }

        await using var second = await TestBroker.StartAsync(dataDirectory: data.Path);
        Assert.Equal(1, second.Broker.SessionCount);
        await using var again = await RawMqttClient.OpenAsync(second.Port);
        Assert.True((await again.HandshakeAsync(RawMqttClient.Connect("dev", cleanSession: false))).SessionPresent);
        var first1 = await again.ReceiveAsync<PublishPacket>();
        var first2 = await again.ReceiveAsync<PublishPacket>();
        Assert.Equal(("r1", MqttQualityOfService.AtLeastOnce), (Text(first1.Payload), first1.QualityOfService));
        Assert.Equal(("r2", MqttQualityOfService.AtLeastOnce), (Text(first2.Payload), first2.QualityOfService));
        await again.SendAsync(new PubAckPacket(first1.PacketId));
        await again.SendAsync(new PubAckPacket(first2.PacketId));
        second.Broker.Publish("dev/reply", Bytes("r3"), MqttQualityOfService.AtMostOnce);
        Assert.Equal("r3", Text((await again.ReceiveAsync<PublishPacket>()).Payload));
    }

    [Fact]
    public async Task Stop_RightAfterPublish_ConnectedSubscriberGetsTheMessageThenTheConnectionCloses()
    {
        var broker = await TestBroker.StartAsync();
        await using var device = await RawMqttClient.ConnectAsync(broker.Port, "dev");
        await device.SubscribeAsync("eq/v1/h/hub/state");

        broker.Broker.Publish("eq/v1/h/hub/state", Bytes("{\"online\":false}"), retain: true);
        await broker.DisposeAsync();

        Assert.Equal("{\"online\":false}", Text((await device.ReceiveAsync<PublishPacket>()).Payload));
        Assert.True(await device.WaitClosedAsync());
    }

    [Fact]
    public async Task Disconnect_ConnectedClient_ClosedWithWillAndUnknownIdIsFalse()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var watcher = await RawMqttClient.ConnectAsync(broker.Port, "watcher");
        await watcher.SubscribeAsync("dev/state");
        await using var device = await RawMqttClient.ConnectAsync(broker.Port, "dev", will: new MqttWill { Topic = "dev/state", Payload = Bytes("offline") });
        var gone = new TaskCompletionSource<MqttClientDisconnected>(TaskCreationOptions.RunContinuationsAsynchronously);
        broker.Broker.ClientDisconnected += (_, e) => gone.TrySetResult(e);

        Assert.True(broker.Broker.Disconnect("dev", "credentials revoked"));

        Assert.True(await device.WaitClosedAsync());
        var closed = await gone.Task.WaitAsync(RawMqttClient.Patience);
        Assert.Equal((MqttDisconnectReason.ClosedByHost, "credentials revoked"), (closed.Reason, closed.Detail));
        Assert.Equal("offline", Text((await watcher.ReceiveAsync<PublishPacket>()).Payload));
        Assert.False(broker.Broker.Disconnect("nobody"));
    }
}
