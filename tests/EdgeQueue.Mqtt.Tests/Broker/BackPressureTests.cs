using System.Buffers;
using System.Text;
using EdgeQueue.Mqtt.Broker;
using EdgeQueue.Mqtt.Packets;
using EdgeQueue.Testing;

namespace EdgeQueue.Mqtt.Tests.Broker;

/// <summary>
/// A publisher faster than its subscriber is held back (its PUBACK waits) instead of having
/// acknowledged QoS 1/2 messages dropped; what is still dropped is counted and logged in summary.
/// </summary>
public sealed class BackPressureTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 8, 0, 0, TimeSpan.Zero);

    /// <summary>Long enough for a broker on loopback to answer a packet it was free to answer.</summary>
    private static readonly TimeSpan Moment = TimeSpan.FromMilliseconds(300);

    private static readonly MqttBrokerLimits Tiny = new() { MaxInflightMessages = 1, MaxQueuedMessages = 2 };

    private static PublishPacket Message(ushort id, string text = "") => new()
    {
        Topic = "t", Payload = Encoding.UTF8.GetBytes(text.Length > 0 ? text : $"m{id}"), QualityOfService = MqttQualityOfService.AtLeastOnce, PacketId = id,
    };

    /// <summary>
    /// With <see cref="Tiny"/> limits publishes m1..m4 to "t", which one silent subscriber reads:
    /// m1 goes in flight, m2 and m3 are queued, m4 is taken beyond the limit. Checks m1..m3 are
    /// acknowledged at once and m4 not; returns the wait for m4's PUBACK.
    /// </summary>
    private static async Task<Task<PubAckPacket>> OverfillAsync(RawMqttClient publisher)
    {
        for (ushort id = 1; id <= 4; id++)
        {
            await publisher.SendAsync(Message(id));
        }

        for (ushort id = 1; id <= 3; id++)
        {
            Assert.Equal(id, (await publisher.ReceiveAsync<PubAckPacket>()).PacketId);
        }

        var fourth = publisher.ReceiveAsync<PubAckPacket>();
        Assert.NotSame(fourth, await Task.WhenAny(fourth, Task.Delay(Moment)));
        return fourth;
    }

    private static Task<TestBroker> StartTinyAsync(ManualTimeProvider clock, CapturingLoggerProvider log) =>
        TestBroker.StartAsync(limits: Tiny, time: clock, configure: o => o with { LoggerFactory = log });

    private static async Task<List<string>> ReceiveAndAcknowledgeAsync(RawMqttClient subscriber, int count)
    {
        var payloads = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var message = await subscriber.ReceiveAsync<PublishPacket>();
            payloads.Add(Encoding.UTF8.GetString(message.Payload.Span));
            await subscriber.SendAsync(new PubAckPacket(message.PacketId));
        }

        return payloads;
    }

    [Fact]
    public async Task Publish_BurstOf20000Qos1FromPublisherWithoutInflightCap_AllDeliveredNoneDropped()
    {
        const int count = 20_000;
        await using var broker = await TestBroker.StartAsync();
        await using var subscriber = await RawMqttClient.ConnectAsync(broker.Port, "sub");
        await subscriber.SubscribeAsync("t");
        await using var publisher = await RawMqttClient.ConnectAsync(broker.Port, "pub");

        // Like MQTT.js: every PUBLISH goes out at once, acknowledgements are read as they come.
        var acknowledged = Task.Run(async () =>
        {
            for (var i = 0; i < count; i++)
            {
                await publisher.ReceiveAsync<PubAckPacket>();
            }
        });
        var burst = new ArrayBufferWriter<byte>();
        for (var i = 1; i <= count; i++)
        {
            MqttPacketEncoder.Encode(Message((ushort)i), burst);
        }

        var sending = publisher.SendRawAsync(burst.WrittenSpan.ToArray());
        var received = 0;
        while (received < count)
        {
            var message = await subscriber.ReceiveAsync<PublishPacket>();
            await subscriber.SendAsync(new PubAckPacket(message.PacketId));
            Assert.Equal($"m{received + 1}", Encoding.UTF8.GetString(message.Payload.Span));
            received++;
        }

        await sending;
        await acknowledged.WaitAsync(RawMqttClient.Patience);
        Assert.Equal(count, received);
        Assert.Equal(0, broker.Broker.DroppedMessages);
    }

    [Fact]
    public async Task Publish_SubscriberQueueFull_PubAckWaitsForRoomAndNothingIsDropped()
    {
        await using var broker = await TestBroker.StartAsync(limits: Tiny);
        await using var subscriber = await RawMqttClient.ConnectAsync(broker.Port, "sub");
        await subscriber.SubscribeAsync("t");
        await using var publisher = await RawMqttClient.ConnectAsync(broker.Port, "pub");

        var fourth = await OverfillAsync(publisher);

        var first = await subscriber.ReceiveAsync<PublishPacket>();
        await subscriber.SendAsync(new PubAckPacket(first.PacketId));
        var second = await subscriber.ReceiveAsync<PublishPacket>();
        await subscriber.SendAsync(new PubAckPacket(second.PacketId));

        Assert.Equal(4, (await fourth).PacketId);
        Assert.Equal(["m1", "m2"], [Encoding.UTF8.GetString(first.Payload.Span), Encoding.UTF8.GetString(second.Payload.Span)]);
        Assert.Equal(["m3", "m4"], await ReceiveAndAcknowledgeAsync(subscriber, 2));
        Assert.Equal(0, broker.Broker.DroppedMessages);
    }

    [Fact]
    public async Task Publish_SubscriberNeverAcknowledges_PublisherReleasedAfterHoldTimeoutAndMessageKept()
    {
        var clock = new ManualTimeProvider(Start);
        var log = new CapturingLoggerProvider();
        await using var broker = await StartTinyAsync(clock, log);
        await using var subscriber = await RawMqttClient.ConnectAsync(broker.Port, "stuck");
        await subscriber.SubscribeAsync("t");
        await using var publisher = await RawMqttClient.ConnectAsync(broker.Port, "pub", keepAlive: 5);

        var fourth = await OverfillAsync(publisher);

        // The keep-alive (7.5 s) passes during the hold: the publisher is not silent, we are not reading.
        while (!fourth.IsCompleted)
        {
            clock.Advance(Tiny.PublisherHoldTimeout);
            await Task.WhenAny(fourth, Task.Delay(Moment));
        }

        Assert.Equal(4, (await fourth).PacketId);
        await publisher.SendAsync(PingReqPacket.Instance);
        await publisher.ReceiveAsync<PingRespPacket>();
        Assert.Contains(log.Lines, l => l.Contains("Held client pub back for 10 s", StringComparison.Ordinal) && l.Contains("stuck", StringComparison.Ordinal));
        Assert.Equal(["m1", "m2", "m3", "m4"], await ReceiveAndAcknowledgeAsync(subscriber, 4));
        Assert.Equal(0, broker.Broker.DroppedMessages);
    }

    [Fact]
    public async Task Publish_SubscriberSubscribedToItsOwnTopic_NotHeldBackByItsOwnFullQueue()
    {
        await using var broker = await TestBroker.StartAsync(limits: Tiny);
        await using var echo = await RawMqttClient.ConnectAsync(broker.Port, "echo");
        await echo.SubscribeAsync("t");

        for (ushort id = 1; id <= 4; id++)
        {
            await echo.SendAsync(Message(id));
        }

        // Waiting for its own acknowledgements, which it cannot send while unread, would stall it.
        var acks = 0;
        while (acks < 4)
        {
            if (await echo.ReceiveAsync() is PubAckPacket)
            {
                acks++;
            }
        }

        Assert.Equal(0, broker.Broker.DroppedMessages);
    }

    [Fact]
    public async Task InProcessPublish_ToFullQueue_DroppedCountedPerClientAndLoggedInSummary()
    {
        var clock = new ManualTimeProvider(Start);
        var log = new CapturingLoggerProvider();
        await using var broker = await StartTinyAsync(clock, log);
        await using var subscriber = await RawMqttClient.ConnectAsync(broker.Port, "slow");
        await subscriber.SubscribeAsync("t");

        for (var i = 0; i < 10; i++)
        {
            broker.Broker.Publish("t", Encoding.UTF8.GetBytes($"r{i}"));
        }

        Assert.Equal(7, broker.Broker.DroppedMessages);
        Assert.Equal(7, broker.Broker.DroppedMessagesByClient["slow"]);
        var drops = log.Lines.Where(l => l.Contains("slow", StringComparison.Ordinal) && l.StartsWith("Warning", StringComparison.Ordinal)).ToList();
        var first = Assert.Single(drops);
        Assert.Contains("Dropped a QoS 1 message to client slow on 't': its queue is full (2 messages", first, StringComparison.Ordinal);

        clock.Advance(TimeSpan.FromSeconds(10));

        Assert.Contains(log.Lines, l => l.Contains("6 more in the last 10 s; the last: Dropped a QoS 1 message to client slow", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PersistentSession_Offline_QueueKeepsItsLimitAndDropsAreCounted()
    {
        await using var broker = await TestBroker.StartAsync(limits: Tiny);
        await using (var device = await RawMqttClient.ConnectAsync(broker.Port, "dev", cleanSession: false))
        {
            await device.SubscribeAsync("t");
        }

        await Eventually.UntilAsync(() => broker.Broker.ConnectedClients.Count == 0);
        await using var publisher = await RawMqttClient.ConnectAsync(broker.Port, "pub");
        for (ushort id = 1; id <= 4; id++)
        {
            await publisher.SendAsync(Message(id));
            Assert.Equal(id, (await publisher.ReceiveAsync<PubAckPacket>()).PacketId);
        }

        Assert.Equal(2, broker.Broker.DroppedMessages);
        Assert.Equal(2, broker.Broker.DroppedMessagesByClient["dev"]);
    }
}
