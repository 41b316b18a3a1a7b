using EdgeQueue.Mqtt.Link.Tests.Support;
using EdgeQueue.Mqtt.Packets;
using EdgeQueue.Testing;
using MQTTnet;

namespace EdgeQueue.Mqtt.Link.Tests;

/// <summary>
/// The link against a scripted broker on a real socket, read through the project's codec: what goes
/// on the wire, in which order, and how much of it before the broker answers.
/// </summary>
public sealed class MqttLinkProtocolTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(400);

    [Fact]
    public async Task ConnectAsync_Connect_SendsMqtt311WithCredentialsWillAndSession()
    {
        await using var broker = new ScriptedBroker();
        await using var link = new MqttLink(Options(broker) with
        {
            ClientId = "disp-01",
            CleanSession = false,
            Username = "disp-01",
            Password = "secret",
            KeepAlive = TimeSpan.FromSeconds(15),
            Will = new MqttLinkWill("eq/v1/s1/device/disp-01/state", "{\"online\":false}"u8.ToArray()),
        });

        var connecting = link.ConnectAsync();
        var connect = await broker.AcceptAsync();
        await connecting.WithinPatience();

        Assert.Equal("disp-01", connect.ClientId);
        Assert.False(connect.CleanSession);
        Assert.Equal("disp-01", connect.Username);
        Assert.Equal("secret"u8.ToArray(), connect.Password!.Value.ToArray());
        Assert.Equal(15, connect.KeepAliveSeconds);
        Assert.Equal("eq/v1/s1/device/disp-01/state", connect.Will!.Topic);
        Assert.True(connect.Will.Retain);
        Assert.Equal(MqttQualityOfService.AtLeastOnce, connect.Will.QualityOfService);
    }

    [Fact]
    public async Task ConnectAsync_BadUserNameOrPassword_ThrowsRefusedWithCode()
    {
        await using var broker = new ScriptedBroker();
        await using var link = new MqttLink(Options(broker));

        var connecting = link.ConnectAsync();
        await broker.AcceptAsync(code: ConnectReturnCode.BadUserNameOrPassword);

        var error = await Assert.ThrowsAsync<MqttLinkRefusedException>(() => connecting.WithinPatience());
        Assert.Equal(MqttClientConnectResultCode.BadUserNameOrPassword, error.ResultCode);
        Assert.Contains("bad user name or password", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsync_WindowFull_HoldsFurtherPublishesUntilAnAckFreesASlot()
    {
        await using var broker = new ScriptedBroker();
        await using var link = new MqttLink(Options(broker) with { MaxInFlight = 3 });
        var connecting = link.ConnectAsync();
        await broker.AcceptAsync();
        await connecting.WithinPatience();

        var sends = Enumerable.Range(0, 5).Select(i => link.PublishAsync("eq/x", $"m{i}")).ToList();
        var first = new List<PublishPacket>();
        for (var i = 0; i < 3; i++)
        {
            first.Add(await broker.ReadAsync<PublishPacket>());
        }

        Assert.True(await broker.StaysQuietAsync(Quiet), "a fourth PUBLISH went out while three were unacknowledged");
        await broker.SendAsync(new PubAckPacket(first[0].PacketId));
        await sends[0].WithinPatience();
        var fourth = await broker.ReadAsync<PublishPacket>();

        Assert.Equal(["m0", "m1", "m2"], first.Select(p => System.Text.Encoding.UTF8.GetString(p.Payload.Span)));
        Assert.Equal("m3", System.Text.Encoding.UTF8.GetString(fourth.Payload.Span));
        Assert.False(sends[1].IsCompleted);
        Assert.Equal(4, link.PendingPublishes);
    }

    [Fact]
    public async Task Reconnect_SessionLost_SubscribesAgainBeforeResendingWithDup()
    {
        await using var broker = new ScriptedBroker();
        await using var link = new MqttLink(Options(broker));
        var states = link.RecordStates();
        await ConnectAndSubscribeAsync(link, broker, "eq/v1/s1/hall/calls");

        var publishing = link.PublishAsync("eq/v1/s1/device/disp-01/event", "press");
        var original = await broker.ReadAsync<PublishPacket>();
        broker.Drop();
        await states.NextAsync(connected: false);
        await broker.AcceptAsync(sessionPresent: false);
        var renewed = await broker.ReadAsync<SubscribePacket>();
        await broker.SendAsync(new SubAckPacket(renewed.PacketId, [SubscribeReturnCode.GrantedQos1]));
        var resent = await broker.ReadAsync<PublishPacket>();
        await broker.SendAsync(new PubAckPacket(resent.PacketId));
        await publishing.WithinPatience();

        Assert.False(original.Duplicate);
        Assert.Equal("eq/v1/s1/hall/calls", Assert.Single(renewed.Subscriptions).TopicFilter);
        Assert.True(resent.Duplicate);
        Assert.Equal("press", System.Text.Encoding.UTF8.GetString(resent.Payload.Span));
    }

    [Fact]
    public async Task Reconnect_SessionPresent_DoesNotSubscribeAgain()
    {
        await using var broker = new ScriptedBroker();
        await using var link = new MqttLink(Options(broker) with { CleanSession = false });
        var states = link.RecordStates();
        await ConnectAndSubscribeAsync(link, broker, "eq/v1/s1/hall/calls");

        broker.Drop();
        await states.NextAsync(connected: false);
        await broker.AcceptAsync(sessionPresent: true);
        await states.NextAsync(connected: true);
        var publishing = link.PublishAsync("after/reconnect", "x");

        // The first packet after CONNACK is the new publish, not a SUBSCRIBE.
        var next = await broker.ReadAsync<PublishPacket>();
        await broker.SendAsync(new PubAckPacket(next.PacketId));
        await publishing.WithinPatience();
        Assert.Equal("after/reconnect", next.Topic);
    }

    [Fact]
    public async Task Start_NoBroker_RetriesOnlyAsTheInjectedClockAdvances()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 12, 3, 8, 0, 0, TimeSpan.Zero));
        await using var link = new MqttLink(new MqttLinkOptions
        {
            Host = "127.0.0.1",
            Port = FreePort.Next(),
            ClientId = "patient",
            ReconnectMinDelay = TimeSpan.FromSeconds(1),
            ReconnectMaxDelay = TimeSpan.FromSeconds(8),
            TimeProvider = clock,
        });
        var states = link.RecordStates();

        link.Start();
        await states.NextAsync(connected: false);
        await BackOffArmedAsync(clock, TimeSpan.FromSeconds(1));
        await Task.Delay(Quiet);
        var retriedEarly = states.Reader.TryRead(out _);
        clock.Advance(TimeSpan.FromSeconds(1));
        await states.NextAsync(connected: false);
        await BackOffArmedAsync(clock, TimeSpan.FromSeconds(2));
        clock.Advance(TimeSpan.FromMilliseconds(999));
        await Task.Delay(Quiet);
        var retriedBeforeSecondStep = states.Reader.TryRead(out _);
        clock.Advance(TimeSpan.FromSeconds(1));
        await states.NextAsync(connected: false);

        // First retry after 0.5–1 s, the second after 1–2 s (each delay from the upper half of its step).
        Assert.False(retriedEarly);
        Assert.False(retriedBeforeSecondStep);
    }

    /// <summary>The link has armed its back-off timer (due within <paramref name="step"/>): only now does advancing the clock count.</summary>
    private static Task BackOffArmedAsync(ManualTimeProvider clock, TimeSpan step) =>
        Eventually.UntilAsync(() => clock.NextTimerIn is { } due && due <= step, $"a back-off of at most {step.TotalSeconds:0} s armed");

    private static async Task ConnectAndSubscribeAsync(MqttLink link, ScriptedBroker broker, string filter)
    {
        var connecting = link.ConnectAsync();
        await broker.AcceptAsync();
        await connecting.WithinPatience();
        var subscribing = link.SubscribeAsync(filter);
        var subscribe = await broker.ReadAsync<SubscribePacket>();
        await broker.SendAsync(new SubAckPacket(subscribe.PacketId, [SubscribeReturnCode.GrantedQos1]));
        Assert.True(await subscribing.WithinPatience());
    }

    private static MqttLinkOptions Options(ScriptedBroker broker) => new()
    {
        Host = "127.0.0.1",
        Port = broker.Port,
        ClientId = "scripted",
        ReconnectMinDelay = TimeSpan.FromMilliseconds(50),
        ReconnectMaxDelay = TimeSpan.FromMilliseconds(200),
    };
}
