using System.Net;
using System.Text;
using EdgeQueue.Mqtt.Broker;
using EdgeQueue.Mqtt.Broker.Security;
using EdgeQueue.Mqtt.Client;
using EdgeQueue.Mqtt.Packets;
using EdgeQueue.Testing;

namespace EdgeQueue.Mqtt.Tests.Client;

/// <summary>
/// The client against the project's own embedded broker: the same scenarios that pass against
/// Mosquitto must pass here, so the two halves of the stack agree with each other as well.
/// </summary>
public sealed class MqttClientEmbeddedBrokerTests
{
    [Theory]
    [InlineData(MqttQualityOfService.AtMostOnce)]
    [InlineData(MqttQualityOfService.AtLeastOnce)]
    [InlineData(MqttQualityOfService.ExactlyOnce)]
    public async Task PublishAsync_EachQos_ArrivesWithThatQos(MqttQualityOfService qos)
    {
        await using var broker = await StartBrokerAsync();
        await using var subscriber = await MosquittoPeer.ConnectAsync(Client(broker, "sub"));
        await using var publisher = await MosquittoPeer.ConnectAsync(Client(broker, "pub"));
        Assert.Equal((SubscribeReturnCode)qos, await subscriber.SubscribeAsync("eq/v1/s1/+/+/event", qos).WithinPatience());

        for (var i = 0; i < 20; i++)
        {
            await publisher.PublishAsync("eq/v1/s1/device/disp-01/event", $"{i}", qos).WithinPatience();
        }

        for (var i = 0; i < 20; i++)
        {
            var message = await subscriber.NextMessageAsync();
            Assert.Equal($"{i}", Encoding.UTF8.GetString(message.Payload.Span));
            Assert.Equal(qos, message.QualityOfService);
        }
    }

    [Fact]
    public async Task Will_ConnectionKilled_BrokerPublishesItRetained()
    {
        await using var broker = await StartBrokerAsync();
        await using var proxy = new TcpProxy("127.0.0.1", broker.LocalEndPoints[0].Port);
        await using var device = await MosquittoPeer.ConnectAsync(Client(broker, "disp-01") with
        {
            Transport = new TcpTransportFactory("127.0.0.1", proxy.Port),
            AutoReconnect = false,
            Will = new MqttWill { Topic = "eq/v1/s1/device/disp-01/state", Payload = "{\"online\":false}"u8.ToArray(), QualityOfService = MqttQualityOfService.AtLeastOnce, Retain = true },
        });

        var gone = new TaskCompletionSource<MqttClientDisconnected>(TaskCreationOptions.RunContinuationsAsynchronously);
        broker.ClientDisconnected += (_, e) => gone.TrySetResult(e);

        proxy.DropConnections();
        Assert.True((await gone.Task.WithinPatience()).WillPublished);
        await using var watcher = await MosquittoPeer.ConnectAsync(Client(broker, "watcher"));
        await watcher.SubscribeAsync("eq/v1/s1/device/+/state", MqttQualityOfService.AtLeastOnce).WithinPatience();

        var will = await watcher.NextMessageAsync();
        Assert.True(will.Retain);
        Assert.Equal("{\"online\":false}", Encoding.UTF8.GetString(will.Payload.Span));
    }

    [Fact]
    public async Task ConnectAsync_PersistentSession_DeliversMessagesPublishedWhileOffline()
    {
        await using var broker = await StartBrokerAsync();
        var options = Client(broker, "hub-s1") with { CleanSession = false };
        await using (var first = await MosquittoPeer.ConnectAsync(options))
        {
            await first.SubscribeAsync("eq/v1/s1/device/+/event", MqttQualityOfService.ExactlyOnce).WithinPatience();
            await first.DisconnectAsync().WithinPatience();
        }

        await using (var device = await MosquittoPeer.ConnectAsync(Client(broker, "disp-01")))
        {
            await device.PublishAsync("eq/v1/s1/device/disp-01/event", "while-away", MqttQualityOfService.ExactlyOnce).WithinPatience();
        }

        await using var second = new MqttClient(options);
        Assert.True((await second.ConnectAsync().WithinPatience()).SessionPresent);
        Assert.Equal("while-away", Encoding.UTF8.GetString((await second.NextMessageAsync()).Payload.Span));
    }

    private static async Task<MqttBroker> StartBrokerAsync()
    {
        var broker = new MqttBroker(new MqttBrokerOptions
        {
            Listeners = [new MqttListenerOptions(new IPEndPoint(IPAddress.Loopback, 0))],
            Authenticator = new DelegateAuthenticator((_, _) => ValueTask.FromResult(MqttAuthenticationResult.Accepted)),
        });
        await broker.StartAsync();
        return broker;
    }

    private static MqttClientOptions Client(MqttBroker broker, string clientId) =>
        MosquittoPeer.Client(broker.LocalEndPoints[0].Port, clientId);
}
