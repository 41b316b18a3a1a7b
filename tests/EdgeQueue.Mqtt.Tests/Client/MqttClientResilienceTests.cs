using System.Text;
using EdgeQueue.Mqtt.Client;
using EdgeQueue.Mqtt.Packets;
using EdgeQueue.Testing;

namespace EdgeQueue.Mqtt.Tests.Client;

/// <summary>Keep-alive, dead links, broker restarts and resends, against a real Mosquitto.</summary>
public sealed class MqttClientResilienceTests
{
    [Fact]
    public async Task KeepAlive_IdleConnection_SendsPingReq()
    {
        await using var mosquitto = await MosquittoPeer.StartAsync();

        await using var client = await MosquittoPeer.ConnectAsync(MosquittoPeer.Client(mosquitto.Port, "idle") with { KeepAlive = TimeSpan.FromSeconds(1) });

        await mosquitto.WaitForLogAsync("Received PINGREQ from idle");
        await mosquitto.WaitForLogAsync("Sending PINGRESP to idle");
        Assert.True(client.IsConnected);
    }

    [Fact]
    public async Task KeepAlive_LinkStopsForwarding_DetectsDeadLinkAndReconnectsWhenItHeals()
    {
        await using var mosquitto = await MosquittoPeer.StartAsync();
        await using var proxy = new TcpProxy(mosquitto.Host, mosquitto.Port);
        var options = MosquittoPeer.Client(proxy.Port, "hub") with
        {
            KeepAlive = TimeSpan.FromSeconds(1),
            DeadLinkTimeout = TimeSpan.FromSeconds(1),
            ConnectTimeout = TimeSpan.FromSeconds(2),
        };
        await using var client = new MqttClient(options);
        var states = client.RecordStates();
        await client.ConnectAsync().WithinPatience();
        await client.SubscribeAsync("eq/#", MqttQualityOfService.AtLeastOnce).WithinPatience();

        proxy.Pause();
        var lost = await states.NextAsync(connected: false);
        proxy.Resume();
        await states.NextAsync(connected: true);
        await using var publisher = await MosquittoPeer.ConnectAsync(MosquittoPeer.Client(mosquitto.Port, "pub"));
        await publisher.PublishAsync("eq/after", "healed", MqttQualityOfService.AtLeastOnce).WithinPatience();

        Assert.Contains("dead link", lost.Error?.Message, StringComparison.Ordinal);
        Assert.Equal("healed", Encoding.UTF8.GetString((await client.NextMessageAsync()).Payload.Span));
    }

    [Fact]
    public async Task AutoReconnect_MosquittoRestarted_ReconnectsAndResubscribes()
    {
        await using var mosquitto = await MosquittoPeer.StartAsync();
        await using var client = new MqttClient(MosquittoPeer.Client(mosquitto.Port, "board"));
        var states = client.RecordStates();
        await client.ConnectAsync().WithinPatience();
        await states.NextAsync(connected: true);
        await client.SubscribeAsync("eq/v1/s1/hall/calls", MqttQualityOfService.AtLeastOnce).WithinPatience();

        await mosquitto.RestartAsync();
        await states.NextAsync(connected: false);
        var back = await states.NextAsync(connected: true);
        await mosquitto.WaitForLogAsync("board 1 eq/v1/s1/hall/calls", times: 2);
        await using var hub = await MosquittoPeer.ConnectAsync(MosquittoPeer.Client(mosquitto.Port, "hub"));
        await hub.PublishAsync("eq/v1/s1/hall/calls", "A017", MqttQualityOfService.AtLeastOnce).WithinPatience();

        // Persistence is off: the restarted broker has no session, so the client subscribed again.
        Assert.False(back.SessionPresent);
        Assert.Equal("A017", Encoding.UTF8.GetString((await client.NextMessageAsync()).Payload.Span));
    }

    [Fact]
    public async Task PublishAsync_LinkDropsBeforePubAck_ResentWithDupAfterReconnect()
    {
        await using var mosquitto = await MosquittoPeer.StartAsync();
        await using var proxy = new TcpProxy(mosquitto.Host, mosquitto.Port);
        await using var hub = await MosquittoPeer.ConnectAsync(MosquittoPeer.Client(mosquitto.Port, "hub"));
        await hub.SubscribeAsync("eq/v1/s1/device/+/event", MqttQualityOfService.AtLeastOnce).WithinPatience();
        await using var device = new MqttClient(MosquittoPeer.Client(proxy.Port, "disp-01", MosquittoPeer.Device) with { CleanSession = false });
        var states = device.RecordStates();
        await device.ConnectAsync().WithinPatience();
        await states.NextAsync(connected: true);

        proxy.Pause();
        var publish = device.PublishAsync("eq/v1/s1/device/disp-01/event", "{\"id\":\"disp-01.7f3a.1\"}", MqttQualityOfService.AtLeastOnce);
        proxy.DropConnections();
        proxy.Resume();
        await states.NextAsync(connected: true);
        await publish.WithinPatience();

        Assert.Equal("{\"id\":\"disp-01.7f3a.1\"}", Encoding.UTF8.GetString((await hub.NextMessageAsync()).Payload.Span));
        await mosquitto.WaitForLogAsync("Received PUBLISH from disp-01 (d1, q1");
    }

    [Fact]
    public async Task PublishAsync_Qos2LinkDrops_CompletesExactlyOnce()
    {
        await using var mosquitto = await MosquittoPeer.StartAsync();
        await using var proxy = new TcpProxy(mosquitto.Host, mosquitto.Port);
        await using var hub = await MosquittoPeer.ConnectAsync(MosquittoPeer.Client(mosquitto.Port, "hub"));
        await hub.SubscribeAsync("q2/#", MqttQualityOfService.ExactlyOnce).WithinPatience();
        await using var sender = new MqttClient(MosquittoPeer.Client(proxy.Port, "sender") with { CleanSession = false });
        var states = sender.RecordStates();
        await sender.ConnectAsync().WithinPatience();
        await states.NextAsync(connected: true);

        var sends = Enumerable.Range(0, 10).Select(i => sender.PublishAsync("q2/x", $"m{i}", MqttQualityOfService.ExactlyOnce)).ToList();
        proxy.DropConnections();
        await states.NextAsync(connected: true);
        await Task.WhenAll(sends).WithinPatience();
        await sender.PublishAsync("q2/x", "end", MqttQualityOfService.ExactlyOnce).WithinPatience();

        var received = new List<string>();
        while (received.LastOrDefault() != "end")
        {
            received.Add(Encoding.UTF8.GetString((await hub.NextMessageAsync()).Payload.Span));
        }

        Assert.Equal([.. Enumerable.Range(0, 10).Select(i => $"m{i}"), "end"], received);
    }

    [Fact]
    public async Task PublishAsync_WhileBrokerDown_WaitsAndDeliversAfterReconnect()
    {
        await using var mosquitto = await MosquittoPeer.StartAsync();
        await using var client = new MqttClient(MosquittoPeer.Client(mosquitto.Port, "queueing"));
        var states = client.RecordStates();
        await client.ConnectAsync().WithinPatience();
        await states.NextAsync(connected: true);
        await client.SubscribeAsync("self/#", MqttQualityOfService.AtLeastOnce).WithinPatience();

        await mosquitto.StopAsync();
        await states.NextAsync(connected: false);
        var publish = client.PublishAsync("self/1", "while down", MqttQualityOfService.AtLeastOnce);
        await mosquitto.RestartAsync();
        await publish.WithinPatience();

        Assert.Equal("while down", Encoding.UTF8.GetString((await client.NextMessageAsync()).Payload.Span));
    }

    [Fact]
    public async Task PublishAsync_NoAutoReconnectLinkLost_FailsWithConnectionLost()
    {
        await using var mosquitto = await MosquittoPeer.StartAsync();
        await using var proxy = new TcpProxy(mosquitto.Host, mosquitto.Port);
        await using var client = await MosquittoPeer.ConnectAsync(MosquittoPeer.Client(proxy.Port, "once") with { AutoReconnect = false });

        proxy.Pause();
        var publish = client.PublishAsync("t", "x", MqttQualityOfService.AtLeastOnce);
        proxy.DropConnections();

        await Assert.ThrowsAsync<MqttConnectionLostException>(() => publish.WithinPatience());
        await Assert.ThrowsAsync<InvalidOperationException>(() => client.PublishAsync("t", "y", MqttQualityOfService.AtLeastOnce));
    }

    [Fact]
    public async Task Start_BrokerNotUpYet_KeepsTryingAndSendsWhatWasPublishedMeanwhile()
    {
        await using var mosquitto = await MosquittoPeer.StartAsync();
        await mosquitto.StopAsync();
        await using var client = new MqttClient(MosquittoPeer.Client(mosquitto.Port, "early-bird"));
        var states = client.RecordStates();

        client.Start();
        var failed = await states.NextAsync(connected: false);
        var subscribing = client.SubscribeAsync("early/#", MqttQualityOfService.AtLeastOnce);
        var publishing = client.PublishAsync("early/1", "queued", MqttQualityOfService.AtLeastOnce);
        await mosquitto.RestartAsync();
        await states.NextAsync(connected: true);
        await subscribing.WithinPatience();
        await publishing.WithinPatience();

        Assert.IsType<System.Net.Sockets.SocketException>(failed.Error);
        Assert.Equal("queued", Encoding.UTF8.GetString((await client.NextMessageAsync()).Payload.Span));
    }
}
