using EdgeQueue.Mqtt.Client;
using EdgeQueue.Mqtt.Packets;
using EdgeQueue.Testing;

namespace EdgeQueue.Mqtt.Tests.Client;

/// <summary>Client behaviour seen packet by packet from a scripted broker, with a manual clock where time matters.</summary>
public sealed class MqttClientTests
{
    [Fact]
    public async Task PublishAsync_InFlightWindowFull_ThirdPublishWaitsForAnAck()
    {
        await using var broker = new ScriptedBroker();
        await using var client = new MqttClient(Options(broker.Port) with { MaxInFlight = 2 });
        await ConnectAsync(client, broker);

        var publishes = Enumerable.Range(1, 3).Select(i => client.PublishAsync("t", $"{i}", MqttQualityOfService.AtLeastOnce)).ToList();
        var first = await broker.ReadAsync<PublishPacket>();
        var second = await broker.ReadAsync<PublishPacket>();
        var subscribing = client.SubscribeAsync("probe", MqttQualityOfService.AtMostOnce);

        // The SUBSCRIBE overtakes the third PUBLISH: the window of two holds it back.
        var subscribe = await broker.ReadAsync<SubscribePacket>();
        await broker.SendAsync(new SubAckPacket(subscribe.PacketId, [SubscribeReturnCode.GrantedQos0]));
        await subscribing.WithinPatience();
        Assert.False(publishes[2].IsCompleted);
        await broker.SendAsync(new PubAckPacket(first.PacketId));
        var third = await broker.ReadAsync<PublishPacket>();
        await broker.SendAsync(new PubAckPacket(second.PacketId));
        await broker.SendAsync(new PubAckPacket(third.PacketId));
        await Task.WhenAll(publishes).WithinPatience();

        Assert.Equal(["1", "2", "3"], new[] { first, second, third }.Select(p => System.Text.Encoding.UTF8.GetString(p.Payload.Span)));
        Assert.Equal(3, new[] { first.PacketId, second.PacketId, third.PacketId }.Distinct().Count());
    }

    [Fact]
    public async Task KeepAlive_QuietForHalfThePeriod_SendsPingReqAndClosesWhenUnanswered()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 21, 8, 0, 0, TimeSpan.Zero));
        await using var broker = new ScriptedBroker();
        await using var client = new MqttClient(Options(broker.Port) with { KeepAlive = TimeSpan.FromSeconds(20), TimeProvider = clock, AutoReconnect = false });
        var states = client.RecordStates();
        await ConnectAsync(client, broker);
        await states.NextAsync(connected: true);

        clock.Advance(TimeSpan.FromSeconds(10));
        await broker.ReadAsync<PingReqPacket>();
        clock.Advance(TimeSpan.FromSeconds(19));
        Assert.True(client.IsConnected);
        clock.Advance(TimeSpan.FromSeconds(2));

        var lost = await states.NextAsync(connected: false);
        Assert.Contains("dead link", lost.Error!.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<EndOfStreamException>(() => broker.ReadAsync());
    }

    [Fact]
    public async Task KeepAlive_PingAnswered_StaysConnected()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 21, 8, 0, 0, TimeSpan.Zero));
        await using var broker = new ScriptedBroker();
        await using var client = new MqttClient(Options(broker.Port) with { KeepAlive = TimeSpan.FromSeconds(20), TimeProvider = clock });
        await ConnectAsync(client, broker);

        for (var round = 0; round < 3; round++)
        {
            clock.Advance(TimeSpan.FromSeconds(10));
            await broker.ReadAsync<PingReqPacket>();
            await broker.SendAsync(PingRespPacket.Instance);
            await client.PublishAsync("mark", $"{round}").WithinPatience();
            Assert.Equal("mark", (await broker.ReadAsync<PublishPacket>()).Topic);
        }

        Assert.True(client.IsConnected);
    }

    [Fact]
    public async Task Receive_Qos2DuplicateBeforePubRel_DeliveredOnce()
    {
        await using var broker = new ScriptedBroker();
        await using var client = new MqttClient(Options(broker.Port));
        await ConnectAsync(client, broker);
        var message = new PublishPacket { Topic = "q2", Payload = "once"u8.ToArray(), QualityOfService = MqttQualityOfService.ExactlyOnce, PacketId = 9 };

        await broker.SendAsync(message);
        Assert.Equal(9, (await broker.ReadAsync<PubRecPacket>()).PacketId);
        await broker.SendAsync(message with { Duplicate = true });
        Assert.Equal(9, (await broker.ReadAsync<PubRecPacket>()).PacketId);
        await broker.SendAsync(new PubRelPacket(9));
        Assert.Equal(9, (await broker.ReadAsync<PubCompPacket>()).PacketId);
        await broker.SendAsync(new PublishPacket { Topic = "after", QualityOfService = MqttQualityOfService.AtLeastOnce, PacketId = 10 });
        await broker.ReadAsync<PubAckPacket>();

        Assert.Equal("q2", (await client.NextMessageAsync()).Topic);
        Assert.Equal("after", (await client.NextMessageAsync()).Topic);
    }

    [Fact]
    public async Task Receive_BrokerSendsSubscribe_ClosesConnectionAsProtocolError()
    {
        await using var broker = new ScriptedBroker();
        await using var client = new MqttClient(Options(broker.Port) with { AutoReconnect = false });
        var states = client.RecordStates();
        await ConnectAsync(client, broker);

        await broker.SendAsync(new SubscribePacket(1, [new("x", MqttQualityOfService.AtMostOnce)]));

        var lost = await states.NextAsync(connected: false);
        var error = Assert.IsType<MqttProtocolException>(lost.Error);
        Assert.Equal(MqttProtocolError.UnexpectedPacket, error.Error);
    }

    [Fact]
    public async Task Reconnect_AfterBackoff_ResubscribesFirstThenResendsUnackedWithDup()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 21, 8, 0, 0, TimeSpan.Zero));
        await using var broker = new ScriptedBroker();
        await using var client = new MqttClient(Options(broker.Port) with
        {
            TimeProvider = clock,
            ReconnectMinDelay = TimeSpan.FromSeconds(10),
            ReconnectMaxDelay = TimeSpan.FromSeconds(60),
        });
        var states = client.RecordStates();
        await ConnectAsync(client, broker);
        var subscribing = client.SubscribeAsync("eq/v1/s1/device/+/event", MqttQualityOfService.AtLeastOnce);
        var subscribe = await broker.ReadAsync<SubscribePacket>();
        await broker.SendAsync(new SubAckPacket(subscribe.PacketId, [SubscribeReturnCode.GrantedQos1]));
        await subscribing.WithinPatience();
        var publishing = client.PublishAsync("eq/v1/s1/hub/state", "up", MqttQualityOfService.AtLeastOnce);
        var first = await broker.ReadAsync<PublishPacket>();
        Assert.False(first.Duplicate);

        broker.Drop();
        await states.NextAsync(connected: false);
        clock.Advance(TimeSpan.FromSeconds(10));
        await broker.AcceptAsync(sessionPresent: false);

        var resubscribe = await broker.ReadAsync<SubscribePacket>();
        var resent = await broker.ReadAsync<PublishPacket>();
        await broker.SendAsync(new SubAckPacket(resubscribe.PacketId, [SubscribeReturnCode.GrantedQos1]));
        await broker.SendAsync(new PubAckPacket(resent.PacketId));
        await publishing.WithinPatience();
        Assert.Equal("eq/v1/s1/device/+/event", Assert.Single(resubscribe.Subscriptions).TopicFilter);
        Assert.True(resent.Duplicate);
        Assert.Equal(first.PacketId, resent.PacketId);
        Assert.Equal("up", System.Text.Encoding.UTF8.GetString(resent.Payload.Span));
    }

    [Fact]
    public async Task Receive_GarbageFromBroker_ClosesWithProtocolError()
    {
        await using var broker = new ScriptedBroker();
        await using var client = new MqttClient(Options(broker.Port) with { AutoReconnect = false });
        var states = client.RecordStates();
        await ConnectAsync(client, broker);

        // Packet type 15 is reserved.
        await broker.SendRawAsync([0xF0, 0x00]);

        var lost = await states.NextAsync(connected: false);
        Assert.Equal(MqttProtocolError.ReservedPacketType, Assert.IsType<MqttProtocolException>(lost.Error).Error);
        Assert.False(client.IsConnected);
    }

    [Fact]
    public async Task PublishAsync_InvalidTopic_ThrowsBeforeSending()
    {
        await using var client = new MqttClient(Options(FreePort.Next()));

        var error = await Assert.ThrowsAsync<MqttProtocolException>(() => client.PublishAsync("eq/+/x", "p"));

        Assert.Equal(MqttProtocolError.InvalidTopicName, error.Error);
    }

    [Fact]
    public async Task PublishAsync_NeverConnected_ThrowsInvalidOperation()
    {
        await using var client = new MqttClient(Options(FreePort.Next()));

        await Assert.ThrowsAsync<InvalidOperationException>(() => client.PublishAsync("t", "p", MqttQualityOfService.AtLeastOnce));
    }

    private static async Task ConnectAsync(MqttClient client, ScriptedBroker broker)
    {
        var connecting = client.ConnectAsync();
        await broker.AcceptAsync();
        await connecting.WithinPatience();
    }

    private static MqttClientOptions Options(int port) => new()
    {
        Transport = new TcpTransportFactory("127.0.0.1", port),
        ClientId = "scripted",
        KeepAlive = TimeSpan.Zero,
    };
}
