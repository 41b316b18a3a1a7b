using System.Net;
using EdgeQueue.Mqtt.Broker;
using EdgeQueue.Mqtt.Broker.Security;
using EdgeQueue.Mqtt.Link.Tests.Support;
using EdgeQueue.Testing;
using MQTTnet.Protocol;

namespace EdgeQueue.Mqtt.Link.Tests;

/// <summary>
/// The link against the project's embedded broker: the scenarios that pass against Mosquitto pass
/// here too, so MQTTnet's client and our broker agree with each other.
/// </summary>
public sealed class MqttLinkEmbeddedBrokerTests
{
    [Theory]
    [InlineData(MqttQualityOfServiceLevel.AtMostOnce)]
    [InlineData(MqttQualityOfServiceLevel.AtLeastOnce)]
    [InlineData(MqttQualityOfServiceLevel.ExactlyOnce)]
    public async Task PublishAsync_EachQos_ArrivesWithThatQos(MqttQualityOfServiceLevel qos)
    {
        await using var broker = await StartBrokerAsync();
        await using var subscriber = await LinkPeer.ConnectAsync(Link(broker, "sub"));
        await using var publisher = await LinkPeer.ConnectAsync(Link(broker, "pub"));
        Assert.True(await subscriber.SubscribeAsync("eq/v1/s1/+/+/event", qos).WithinPatience());

        for (var i = 0; i < 20; i++)
        {
            await publisher.PublishAsync("eq/v1/s1/device/disp-01/event", $"{i}", qos).WithinPatience();
        }

        for (var i = 0; i < 20; i++)
        {
            var message = await subscriber.NextMessageAsync();
            Assert.Equal($"{i}", message.Text());
            Assert.Equal(qos, message.QualityOfService);
        }
    }

    [Fact]
    public async Task Will_ConnectionKilled_BrokerPublishesItRetained()
    {
        await using var broker = await StartBrokerAsync();
        await using var proxy = new TcpProxy("127.0.0.1", broker.LocalEndPoints[0].Port);
        await using var device = await LinkPeer.ConnectAsync(Link(broker, "disp-01") with
        {
            Port = proxy.Port,
            Will = new MqttLinkWill("eq/v1/s1/device/disp-01/state", "{\"online\":false}"u8.ToArray()),
        });
        var gone = new TaskCompletionSource<MqttClientDisconnected>(TaskCreationOptions.RunContinuationsAsynchronously);
        broker.ClientDisconnected += (_, e) => gone.TrySetResult(e);

        proxy.DropConnections();
        Assert.True((await gone.Task.WithinPatience()).WillPublished);
        await using var watcher = await LinkPeer.ConnectAsync(Link(broker, "watcher"));
        await watcher.SubscribeAsync("eq/v1/s1/device/+/state").WithinPatience();

        var will = await watcher.NextMessageAsync();
        Assert.True(will.Retain);
        Assert.Equal("{\"online\":false}", will.Text());
    }

    [Fact]
    public async Task ConnectAsync_PersistentSession_DeliversMessagesPublishedWhileOffline()
    {
        await using var broker = await StartBrokerAsync();
        var options = Link(broker, "hub-s1") with { CleanSession = false };
        await using (var first = await LinkPeer.ConnectAsync(options))
        {
            await first.SubscribeAsync("eq/v1/s1/device/+/event", MqttQualityOfServiceLevel.ExactlyOnce).WithinPatience();
            await first.DisconnectAsync().WithinPatience();
        }

        await using (var device = await LinkPeer.ConnectAsync(Link(broker, "disp-01")))
        {
            await device.PublishAsync("eq/v1/s1/device/disp-01/event", "while-away", MqttQualityOfServiceLevel.ExactlyOnce).WithinPatience();
        }

        await using var second = new MqttLink(options);
        Assert.True((await second.ConnectAsync().WithinPatience()).IsSessionPresent);
        Assert.Equal("while-away", (await second.NextMessageAsync()).Text());
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

    private static MqttLinkOptions Link(MqttBroker broker, string clientId) =>
        LinkPeer.Link(broker.LocalEndPoints[0].Port, clientId);
}
