using System.Text;
using EdgeQueue.Mqtt.Broker;
using EdgeQueue.Mqtt.Packets;

namespace EdgeQueue.Mqtt.Tests.Broker;

/// <summary>
/// Bytes no correct client sends, from raw sockets: each closes that connection (with the CONNACK
/// refusal the specification asks for, where it asks for one), and the broker goes on serving.
/// </summary>
public sealed class MalformedInputTests
{
    private static readonly byte[] ValidConnect = MqttPacketEncoder.Encode(RawMqttClient.Connect("raw"));

    /// <summary>Offset of the protocol level byte: fixed header (2), name length (2), "MQTT" (4).</summary>
    private const int LevelOffset = 8;

    private const int FlagsOffset = 9;

    [Fact]
    public async Task PublishBeforeConnect_ClosedWithoutConnAck()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var raw = await RawMqttClient.OpenAsync(broker.Port);

        await raw.SendAsync(new PublishPacket { Topic = "a", Payload = "x"u8.ToArray() });

        Assert.Null(await raw.ReceiveAsync());
        await AssertStillServesAsync(broker);
    }

    [Fact]
    public async Task SecondConnect_Closed()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var raw = await RawMqttClient.ConnectAsync(broker.Port, "twice");

        await raw.SendRawAsync(ValidConnect);

        Assert.Null(await raw.ReceiveAsync());
        await AssertStillServesAsync(broker);
    }

    [Fact]
    public async Task WrongProtocolLevel_ConnAck01ThenClosed()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var raw = await RawMqttClient.OpenAsync(broker.Port);
        var connect = (byte[])ValidConnect.Clone();
        connect[LevelOffset] = 3;

        await raw.SendRawAsync(connect);

        Assert.Equal(ConnectReturnCode.UnacceptableProtocolVersion, (await raw.ReceiveAsync<ConnAckPacket>()).ReturnCode);
        Assert.Null(await raw.ReceiveAsync());
        await AssertStillServesAsync(broker);
    }

    [Fact]
    public async Task EmptyClientIdWithPersistentSession_ConnAck02ThenClosed()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var raw = await RawMqttClient.OpenAsync(broker.Port);
        var connect = MqttPacketEncoder.Encode(RawMqttClient.Connect(string.Empty, cleanSession: true));
        connect[FlagsOffset] &= unchecked((byte)~0x02);

        await raw.SendRawAsync(connect);

        Assert.Equal(ConnectReturnCode.IdentifierRejected, (await raw.ReceiveAsync<ConnAckPacket>()).ReturnCode);
        Assert.Null(await raw.ReceiveAsync());
        await AssertStillServesAsync(broker);
    }

    [Fact]
    public async Task ReservedConnectFlag_ClosedWithoutConnAck()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var raw = await RawMqttClient.OpenAsync(broker.Port);
        var connect = (byte[])ValidConnect.Clone();
        connect[FlagsOffset] |= 0x01;

        await raw.SendRawAsync(connect);

        Assert.Null(await raw.ReceiveAsync());
        await AssertStillServesAsync(broker);
    }

    [Fact]
    public async Task RemainingLengthOfFiveBytes_Closed()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var raw = await RawMqttClient.ConnectAsync(broker.Port, "long");

        await raw.SendRawAsync([0x30, 0xFF, 0xFF, 0xFF, 0xFF, 0x01]);

        Assert.Null(await raw.ReceiveAsync());
        await AssertStillServesAsync(broker);
    }

    [Fact]
    public async Task PacketLargerThanLimit_ClosedFromHeaderAlone()
    {
        await using var broker = await TestBroker.StartAsync(limits: new MqttBrokerLimits { MaxPacketSize = 64 * 1024 });
        await using var raw = await RawMqttClient.ConnectAsync(broker.Port, "big");

        // PUBLISH announcing 2 MiB; not one byte of the body is sent.
        await raw.SendRawAsync([0x30, 0x80, 0x80, 0x80, 0x01]);

        Assert.Null(await raw.ReceiveAsync());
        await AssertStillServesAsync(broker);
    }

    [Fact]
    public async Task TruncatedRemainingLength_ThenPeerStopsSending_Closed()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var raw = await RawMqttClient.ConnectAsync(broker.Port, "short");

        await raw.SendRawAsync([0x30, 0x80, 0x80]);
        raw.ShutdownSend();

        Assert.Null(await raw.ReceiveAsync());
        await AssertStillServesAsync(broker);
    }

    [Fact]
    public async Task TruncatedBody_ThenPeerStopsSending_ClosedAndNothingDelivered()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var watcher = await RawMqttClient.ConnectAsync(broker.Port, "watcher");
        await watcher.SubscribeAsync("#", MqttQualityOfService.AtMostOnce);
        await using var raw = await RawMqttClient.ConnectAsync(broker.Port, "short");
        var publish = MqttPacketEncoder.Encode(new PublishPacket { Topic = "half", Payload = new byte[50] });

        await raw.SendRawAsync(publish[..20]);
        raw.ShutdownSend();

        Assert.Null(await raw.ReceiveAsync());
        await AssertStillServesAsync(broker, watcher);
    }

    [Fact]
    public async Task InvalidUtf8InTopic_ClosedAndNothingDelivered()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var watcher = await RawMqttClient.ConnectAsync(broker.Port, "watcher");
        await watcher.SubscribeAsync("#", MqttQualityOfService.AtMostOnce);
        await using var raw = await RawMqttClient.ConnectAsync(broker.Port, "utf8");

        // PUBLISH QoS 0, topic length 2: 0xC3 0x28 is an invalid two-byte sequence; payload "x".
        await raw.SendRawAsync([0x30, 0x05, 0x00, 0x02, 0xC3, 0x28, (byte)'x']);

        Assert.Null(await raw.ReceiveAsync());
        await AssertStillServesAsync(broker, watcher);
    }

    [Theory]
    [InlineData("a/+")]
    [InlineData("a/#")]
    public async Task WildcardInTopicName_ClosedAndNothingDelivered(string topic)
    {
        await using var broker = await TestBroker.StartAsync();
        await using var watcher = await RawMqttClient.ConnectAsync(broker.Port, "watcher");
        await watcher.SubscribeAsync("#", MqttQualityOfService.AtMostOnce);
        await using var raw = await RawMqttClient.ConnectAsync(broker.Port, "wild");
        var name = Encoding.UTF8.GetBytes(topic);

        await raw.SendRawAsync([0x30, (byte)(2 + name.Length + 1), 0x00, (byte)name.Length, .. name, (byte)'x']);

        Assert.Null(await raw.ReceiveAsync());
        await AssertStillServesAsync(broker, watcher);
    }

    [Fact]
    public async Task ServerOnlyPacketFromClient_Closed()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var raw = await RawMqttClient.ConnectAsync(broker.Port, "confused");

        await raw.SendAsync(new SubAckPacket(1, [SubscribeReturnCode.GrantedQos0]));

        Assert.Null(await raw.ReceiveAsync());
        await AssertStillServesAsync(broker);
    }

    [Fact]
    public async Task RandomBytes_ManyConnections_EachClosedAndBrokerKeepsServing()
    {
        await using var broker = await TestBroker.StartAsync(limits: new MqttBrokerLimits { MaxPacketSize = 64 * 1024 });
        var random = new Random(20261121);
        for (var i = 0; i < 40; i++)
        {
            var garbage = new byte[random.Next(1, 300)];
            random.NextBytes(garbage);
            await using var raw = await RawMqttClient.OpenAsync(broker.Port);
            if (i % 2 == 1)
            {
                // Half the time after a valid CONNECT, so the garbage reaches the packet handlers.
                await raw.HandshakeAsync(RawMqttClient.Connect($"fuzz{i}"));
            }

            await raw.SendRawAsync(garbage);
            raw.ShutdownSend();
            Assert.True(await raw.WaitClosedAsync(), $"round {i}: connection still open");
        }

        await AssertStillServesAsync(broker);
    }

    [Fact]
    public async Task MutatedValidPackets_EachConnectionEndsOrIsServed_BrokerKeepsServing()
    {
        await using var broker = await TestBroker.StartAsync(limits: new MqttBrokerLimits { MaxPacketSize = 64 * 1024 });
        var random = new Random(7);
        MqttPacket[] seeds =
        [
            new PublishPacket { Topic = "eq/v1/h/device/d/event", Payload = "{\"id\":1}"u8.ToArray(), QualityOfService = MqttQualityOfService.ExactlyOnce, PacketId = 9 },
            new SubscribePacket(2, [new MqttSubscription("eq/v1/+/hall/#", MqttQualityOfService.AtLeastOnce)]),
            new UnsubscribePacket(3, ["a/b"]),
            new PubRelPacket(4),
        ];
        for (var i = 0; i < 40; i++)
        {
            var bytes = MqttPacketEncoder.Encode(seeds[i % seeds.Length]);
            for (var flips = random.Next(1, 4); flips > 0; flips--)
            {
                bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
            }

            await using var raw = await RawMqttClient.ConnectAsync(broker.Port, $"mutant{i}");
            await raw.SendRawAsync(bytes);
            await raw.SendAsync(DisconnectPacket.Instance);
            raw.ShutdownSend();
            Assert.True(await raw.WaitClosedAsync(), $"round {i}: connection still open");
        }

        await AssertStillServesAsync(broker);
    }

    /// <summary>A well-behaved client can still connect, subscribe, publish and receive.</summary>
    private static async Task AssertStillServesAsync(TestBroker broker, RawMqttClient? watcher = null)
    {
        await using var good = await RawMqttClient.ConnectAsync(broker.Port, $"good-{Guid.NewGuid():N}");
        await good.SubscribeAsync("check/+");
        await good.SendAsync(new PublishPacket { Topic = "check/1", Payload = "ok"u8.ToArray(), QualityOfService = MqttQualityOfService.AtLeastOnce, PacketId = 1 });
        PublishPacket? echoed = null;
        while (echoed is null)
        {
            var packet = await good.ReceiveAsync();
            Assert.NotNull(packet);
            echoed = packet as PublishPacket;
        }

        Assert.Equal("check/1", echoed.Topic);
        if (watcher is not null)
        {
            // The watcher's first message is this check: the bad packet before it delivered nothing.
            Assert.Equal("check/1", (await watcher.ReceiveAsync<PublishPacket>()).Topic);
        }
    }
}
