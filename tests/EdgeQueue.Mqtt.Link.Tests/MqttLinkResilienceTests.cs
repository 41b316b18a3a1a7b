using EdgeQueue.Mqtt.Link.Tests.Support;
using EdgeQueue.Testing;
using MQTTnet.Exceptions;
using MQTTnet.Protocol;

namespace EdgeQueue.Mqtt.Link.Tests;

/// <summary>Keep-alive, dead links, broker restarts, resends and the offline buffer, against a real Mosquitto.</summary>
public sealed class MqttLinkResilienceTests
{
    [Fact]
    public async Task KeepAlive_IdleConnection_SendsPingReq()
    {
        await using var mosquitto = await LinkPeer.StartAsync();

        await using var link = await LinkPeer.ConnectAsync(LinkPeer.Link(mosquitto.Port, "idle") with { KeepAlive = TimeSpan.FromSeconds(1) });

        await mosquitto.WaitForLogAsync("Received PINGREQ from idle");
        await mosquitto.WaitForLogAsync("Sending PINGRESP to idle");
        Assert.True(link.IsConnected);
    }

    [Fact]
    public async Task KeepAlive_LinkStopsForwarding_DetectsDeadLinkAndReconnectsWhenItHeals()
    {
        await using var mosquitto = await LinkPeer.StartAsync();
        await using var proxy = new TcpProxy(mosquitto.Host, mosquitto.Port);
        await using var link = new MqttLink(LinkPeer.Link(proxy.Port, "hub") with
        {
            KeepAlive = TimeSpan.FromSeconds(1),
            Timeout = TimeSpan.FromSeconds(1),
        });
        var states = link.RecordStates();
        await link.ConnectAsync().WithinPatience();
        await link.SubscribeAsync("eq/#").WithinPatience();

        proxy.Pause();
        var lost = await states.NextAsync(connected: false);
        proxy.Resume();
        await states.NextAsync(connected: true);
        await using var publisher = await LinkPeer.ConnectAsync(LinkPeer.Link(mosquitto.Port, "pub"));
        await publisher.PublishAsync("eq/after", "healed").WithinPatience();

        Assert.NotNull(lost.Error);
        Assert.Equal("healed", (await link.NextMessageAsync()).Text());
    }

    [Fact]
    public async Task Reconnect_MosquittoRestartedWithoutSession_SubscribesAgain()
    {
        await using var mosquitto = await LinkPeer.StartAsync();
        await using var link = new MqttLink(LinkPeer.Link(mosquitto.Port, "board"));
        var states = link.RecordStates();
        await link.ConnectAsync().WithinPatience();
        await states.NextAsync(connected: true);
        await link.SubscribeAsync("eq/v1/s1/hall/calls").WithinPatience();

        await mosquitto.RestartAsync();
        await states.NextAsync(connected: false);
        var back = await states.NextAsync(connected: true);
        await mosquitto.WaitForLogAsync("board 1 eq/v1/s1/hall/calls", times: 2);
        await using var hub = await LinkPeer.ConnectAsync(LinkPeer.Link(mosquitto.Port, "hub"));
        await hub.PublishAsync("eq/v1/s1/hall/calls", "A017").WithinPatience();

        // Persistence is off: the restarted broker has no session, so the link subscribed again.
        Assert.False(back.SessionPresent);
        Assert.Equal("A017", (await link.NextMessageAsync()).Text());
    }

    [Fact]
    public async Task PublishAsync_LinkDropsBeforePubAck_ResentWithDupAfterReconnect()
    {
        await using var mosquitto = await LinkPeer.StartAsync();
        await using var proxy = new TcpProxy(mosquitto.Host, mosquitto.Port);
        await using var hub = await LinkPeer.ConnectAsync(LinkPeer.Link(mosquitto.Port, "hub"));
        await hub.SubscribeAsync("eq/v1/s1/device/+/event").WithinPatience();
        await using var device = new MqttLink(LinkPeer.Link(proxy.Port, "disp-01", LinkPeer.Device) with { CleanSession = false });
        var states = device.RecordStates();
        await device.ConnectAsync().WithinPatience();
        await states.NextAsync(connected: true);

        proxy.Pause();
        var publish = device.PublishAsync("eq/v1/s1/device/disp-01/event", "{\"id\":\"disp-01.7f3a.1\"}");
        await Task.Delay(200);
        proxy.DropConnections();
        proxy.Resume();
        await publish.WithinPatience();

        Assert.Equal("{\"id\":\"disp-01.7f3a.1\"}", (await hub.NextMessageAsync()).Text());
        await mosquitto.WaitForLogAsync("Received PUBLISH from disp-01 (d1, q1");
        Assert.Equal(0, device.PendingPublishes);
    }

    [Theory]
    [InlineData(MqttQualityOfServiceLevel.AtLeastOnce)]
    [InlineData(MqttQualityOfServiceLevel.ExactlyOnce)]
    public async Task PublishAsync_ManyInFlightWhenLinkDrops_EachArrivesOnce(MqttQualityOfServiceLevel qos)
    {
        await using var mosquitto = await LinkPeer.StartAsync();
        await using var proxy = new TcpProxy(mosquitto.Host, mosquitto.Port);
        await using var hub = await LinkPeer.ConnectAsync(LinkPeer.Link(mosquitto.Port, "hub"));
        await hub.SubscribeAsync("q/#", qos).WithinPatience();
        await using var sender = new MqttLink(LinkPeer.Link(proxy.Port, "sender") with { CleanSession = false });
        var states = sender.RecordStates();
        await sender.ConnectAsync().WithinPatience();
        await states.NextAsync(connected: true);

        proxy.Pause();
        var sends = Enumerable.Range(0, 10).Select(i => sender.PublishAsync("q/x", $"m{i}", qos)).ToList();
        await Task.Delay(200);
        proxy.DropConnections();
        proxy.Resume();
        await states.NextAsync(connected: true);
        await Task.WhenAll(sends).WithinPatience();
        await sender.PublishAsync("q/x", "end", qos).WithinPatience();

        var received = new List<string>();
        while (received.LastOrDefault() != "end")
        {
            received.Add((await hub.NextMessageAsync()).Text());
        }

        // Paused before any byte reached Mosquitto: each message arrives once. QoS 1 keeps the order of
        // publishing through the resend; MQTTnet completes concurrent QoS 2 handshakes in any order,
        // and Mosquitto forwards a QoS 2 message on its PUBREL.
        var expected = Enumerable.Range(0, 10).Select(i => $"m{i}").Append("end").ToList();
        if (qos == MqttQualityOfServiceLevel.AtLeastOnce)
        {
            Assert.Equal(expected, received);
        }
        else
        {
            Assert.Equal(expected.Order(StringComparer.Ordinal), received.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task PublishAsync_WhileBrokerDown_WaitsAndDeliversAfterReconnect()
    {
        await using var mosquitto = await LinkPeer.StartAsync();
        await using var link = new MqttLink(LinkPeer.Link(mosquitto.Port, "queueing"));
        var states = link.RecordStates();
        await link.ConnectAsync().WithinPatience();
        await states.NextAsync(connected: true);
        await link.SubscribeAsync("self/#").WithinPatience();

        await mosquitto.StopAsync();
        await states.NextAsync(connected: false);
        var publish = link.PublishAsync("self/1", "while down");
        Assert.Equal(1, link.PendingPublishes);
        await mosquitto.RestartAsync();
        await publish.WithinPatience();

        Assert.Equal("while down", (await link.NextMessageAsync()).Text());
    }

    [Fact]
    public async Task PublishAsync_OfflineBufferFull_RefusesWithClearErrorAndKeepsWhatItHeld()
    {
        await using var mosquitto = await LinkPeer.StartAsync();
        await using var link = new MqttLink(LinkPeer.Link(mosquitto.Port, "outage") with { OfflineBufferLimit = 3 });
        var states = link.RecordStates();
        await link.ConnectAsync().WithinPatience();
        await link.SubscribeAsync("held/#").WithinPatience();
        await mosquitto.StopAsync();
        await states.NextAsync(connected: false);

        var held = Enumerable.Range(0, 3).Select(i => link.PublishAsync($"held/{i}", $"h{i}")).ToList();
        var error = await Assert.ThrowsAsync<MqttOfflineBufferFullException>(() => link.PublishAsync("held/3", "one too many"));
        await mosquitto.RestartAsync();
        await Task.WhenAll(held).WithinPatience();

        Assert.Contains("3 messages already wait for it (limit 3); 'held/3' was not queued", error.Message, StringComparison.Ordinal);
        var texts = new[] { (await link.NextMessageAsync()).Text(), (await link.NextMessageAsync()).Text(), (await link.NextMessageAsync()).Text() };
        Assert.Equal(["h0", "h1", "h2"], texts);
    }

    [Fact]
    public async Task DisconnectAsync_PublishesStillWaiting_FailWithLinkClosed()
    {
        await using var mosquitto = await LinkPeer.StartAsync();
        await using var link = new MqttLink(LinkPeer.Link(mosquitto.Port, "leaving"));
        var states = link.RecordStates();
        await link.ConnectAsync().WithinPatience();
        await mosquitto.StopAsync();
        await states.NextAsync(connected: false);
        var waiting = link.PublishAsync("t/1", "never sent");

        await link.DisconnectAsync().WithinPatience();

        await Assert.ThrowsAsync<MqttLinkClosedException>(() => waiting.WithinPatience());
        Assert.Equal(0, link.PendingPublishes);
        await Assert.ThrowsAsync<InvalidOperationException>(() => link.PublishAsync("t/2", "after"));
    }

    [Fact]
    public async Task PublishAsync_OwnerStoppingWithTokenCancelledThenLinkClosed_ReportsCancellation()
    {
        await using var mosquitto = await LinkPeer.StartAsync();
        await using var link = new MqttLink(LinkPeer.Link(mosquitto.Port, "stopping"));
        await link.ConnectAsync().WithinPatience();
        using var stopping = new CancellationTokenSource();
        await stopping.CancelAsync();
        await link.DisconnectAsync().WithinPatience();

        // The order MqttLinkLoops stops in: a loop caught between the two must end as cancelled.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => link.PublishAsync("t/1", System.Text.Encoding.UTF8.GetBytes("late"), MQTTnet.Protocol.MqttQualityOfServiceLevel.AtLeastOnce, retain: false, stopping.Token));
    }

    [Fact]
    public async Task DisconnectAsync_ReceiveBufferFullAndNobodyReading_StillCompletes()
    {
        await using var mosquitto = await LinkPeer.StartAsync();
        await using var reader = await LinkPeer.ConnectAsync(LinkPeer.Link(mosquitto.Port, "stalled") with { MessageBufferCapacity = 1 });
        await reader.SubscribeAsync("flood/#").WithinPatience();
        await using var writer = await LinkPeer.ConnectAsync(LinkPeer.Link(mosquitto.Port, "flooder"));
        for (var i = 0; i < 5; i++)
        {
            await writer.PublishAsync($"flood/{i}", "x").WithinPatience();
        }

        // One message fills the buffer, the next waits inside MQTTnet's receive loop for room.
        await mosquitto.WaitForLogAsync("Sending PUBLISH to stalled", times: 2);
        await Eventually.UntilAsync(() => reader.Messages.Count >= 1, "the first message in the link's buffer");

        await reader.DisconnectAsync().WithinPatience();

        Assert.False(reader.IsConnected);
        Assert.Equal("flood/0", (await reader.NextMessageAsync()).Topic);
    }

    [Fact]
    public async Task Start_BrokerNotUpYet_KeepsTryingAndSendsWhatWasPublishedMeanwhile()
    {
        await using var mosquitto = await LinkPeer.StartAsync();
        await mosquitto.StopAsync();
        await using var link = new MqttLink(LinkPeer.Link(mosquitto.Port, "early-bird"));
        var states = link.RecordStates();

        link.Start();
        var failed = await states.NextAsync(connected: false);
        var subscribing = link.SubscribeAsync("early/#");
        var publishing = link.PublishAsync("early/1", "queued");
        await mosquitto.RestartAsync();
        await states.NextAsync(connected: true);
        await subscribing.WithinPatience();
        await publishing.WithinPatience();

        Assert.IsType<MqttCommunicationException>(failed.Error, exactMatch: false);
        Assert.Equal("queued", (await link.NextMessageAsync()).Text());
    }
}
