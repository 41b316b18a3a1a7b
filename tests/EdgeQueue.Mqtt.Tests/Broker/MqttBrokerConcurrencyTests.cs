using System.Buffers.Binary;
using EdgeQueue.Mqtt.Packets;
using EdgeQueue.Testing;

namespace EdgeQueue.Mqtt.Tests.Broker;

/// <summary>Many clients at once: routing, sessions and acknowledgements stay consistent under concurrency.</summary>
public sealed class MqttBrokerConcurrencyTests
{
    [Fact]
    public async Task ManyPublishers_ConcurrentQos1_EveryMessageReachesTheSubscriberOnceInPerPublisherOrder()
    {
        const int publishers = 12;
        const int perPublisher = 150;
        await using var broker = await TestBroker.StartAsync();
        await using var subscriber = await RawMqttClient.ConnectAsync(broker.Port, "collector");
        await subscriber.SubscribeAsync("load/+", MqttQualityOfService.AtLeastOnce);

        var sending = Enumerable.Range(0, publishers).Select(p => Task.Run(async () =>
        {
            await using var publisher = await RawMqttClient.ConnectAsync(broker.Port, $"p{p}");
            for (var i = 0; i < perPublisher; i++)
            {
                var payload = new byte[4];
                BinaryPrimitives.WriteInt32BigEndian(payload, i);
                await publisher.SendAsync(new PublishPacket
                {
                    Topic = $"load/{p}", Payload = payload, QualityOfService = MqttQualityOfService.AtLeastOnce, PacketId = (ushort)(i + 1),
                });
                await publisher.ReceiveAsync<PubAckPacket>();
            }
        })).ToArray();

        var next = new int[publishers];
        for (var received = 0; received < publishers * perPublisher; received++)
        {
            var message = await subscriber.ReceiveAsync<PublishPacket>();
            await subscriber.SendAsync(new PubAckPacket(message.PacketId));
            var from = int.Parse(message.Topic["load/".Length..], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(next[from]++, BinaryPrimitives.ReadInt32BigEndian(message.Payload.Span));
        }

        await Task.WhenAll(sending);
        Assert.All(next, n => Assert.Equal(perPublisher, n));
    }

    [Fact]
    public async Task SameClientId_ManyConcurrentConnects_ExactlyOneStaysConnected()
    {
        await using var broker = await TestBroker.StartAsync();

        var clients = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => RawMqttClient.ConnectAsync(broker.Port, "dev", cleanSession: false)));
        await Eventually.UntilAsync(() => broker.Broker.ConnectionCount == 1);

        Assert.Equal("dev", Assert.Single(broker.Broker.ConnectedClients).ClientId);
        Assert.Equal(1, broker.Broker.SessionCount);
        foreach (var client in clients)
        {
            await client.DisposeAsync();
        }
    }
}
