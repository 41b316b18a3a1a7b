using System.Text.Json;
using EdgeQueue.Hub.Gateway;
using EdgeQueue.Hub.Tests.Support;
using EdgeQueue.Testing;
using MQTTnet;
using Xunit.Abstractions;

namespace EdgeQueue.Hub.Tests.Gateway;

/// <summary>The hub's embedded broker as devices meet it (MQTTnet's client on a real socket).</summary>
public sealed class EmbeddedSiteBusTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Connect_DeviceWithAnotherDevicesClientId_RefusedNotAuthorizedAndTheOwnerKeepsItsReplies()
    {
        await using var hub = await RunningHub.StartAsync(output, TestSite.Create());
        var reply = hub.Site.Topics.DeviceReply(hub.Site.Devices[0].Id);
        var (early, _) = await MqttNetPeer.TryConnectAsync(hub.MqttPort, "disp-01", "disp-02", TestSite.Password("disp-02"), cleanSession: false);
        Assert.Equal(MqttClientConnectResultCode.NotAuthorized, early);
        await using var owner = await MqttNetPeer.ConnectAsync(hub.MqttPort, "disp-01", "disp-01", TestSite.Password("disp-01"), cleanSession: false);
        await owner.SubscribeAsync(reply);

        var (code, intruder) = await MqttNetPeer.TryConnectAsync(hub.MqttPort, "disp-01", "disp-02", TestSite.Password("disp-02"), cleanSession: false);
        await hub.Host.Bus.PublishAsync(reply, "{\"re\":\"disp-01.beef.1\",\"ok\":true}"u8.ToArray(), retain: false, CancellationToken.None);

        Assert.Equal(MqttClientConnectResultCode.NotAuthorized, code);
        Assert.Null(intruder);
        Assert.Equal((reply, "{\"re\":\"disp-01.beef.1\",\"ok\":true}"), await owner.NextAsync());
        Assert.True(owner.IsConnected);
    }

    [Fact]
    public async Task Health_MessagesDroppedForAnOfflineDevice_CountedInTotalAndPerDevice()
    {
        await using var hub = await RunningHub.StartAsync(output, TestSite.Create());
        var reply = hub.Site.Topics.DeviceReply(hub.Site.Devices[0].Id);
        await using (var device = await MqttNetPeer.ConnectAsync(hub.MqttPort, "disp-01", "disp-01", TestSite.Password("disp-01"), cleanSession: false))
        {
            await device.SubscribeAsync(reply);
        }

        var broker = ((EmbeddedSiteBus)hub.Host.Bus).Broker;
        await Eventually.UntilAsync(() => broker.ConnectedClients.Count, count => count == 0);
        for (var i = 0; i < 1_002; i++)
        {
            await hub.Host.Bus.PublishAsync(reply, "{}"u8.ToArray(), retain: false, CancellationToken.None);
        }

        using var http = new HttpClient { BaseAddress = hub.Host.HttpAddress };
        using var health = JsonDocument.Parse(await http.GetStringAsync(new Uri("/health", UriKind.Relative)));
        Assert.Equal(2, health.RootElement.GetProperty("mqttDroppedMessages").GetInt64());
        Assert.Equal(2, health.RootElement.GetProperty("mqttDroppedMessagesByClient").GetProperty("disp-01").GetInt64());
    }
}
