using EdgeQueue.Contracts.Messages;
using EdgeQueue.Contracts;
using EdgeQueue.Hub.Tests.Support;
using EdgeQueue.Mqtt.Link;
using EdgeQueue.Testing;
using MQTTnet;
using Xunit.Abstractions;

namespace EdgeQueue.Hub.Tests.EndToEnd;

/// <summary>DESIGN.md §5 rule 4 on both hall brokers: own credentials, own topics only.</summary>
public sealed class SecurityScenarios(ITestOutputHelper output)
{
    [Theory(DisplayName = "03_Security_WrongPassword_ConnectionRefused")]
    [ClassData(typeof(HallBrokers))]
    public async Task Security_WrongPassword_ConnectionRefused(HallBroker broker)
    {
        await using var hub = await RunningHub.StartAsync(output, TestSite.Create(), broker: broker);
        // MQTT 3.1.1 §3.2.2.3 says 4; Mosquitto 2.0 answers 5 (not authorised).
        var expected = broker == HallBroker.Embedded ? MqttClientConnectResultCode.BadUserNameOrPassword : MqttClientConnectResultCode.NotAuthorized;

        var wrong = await Assert.ThrowsAsync<MqttLinkRefusedException>(() => hub.ConnectAsync("disp-01", "not-the-password"));
        var stranger = await Assert.ThrowsAsync<MqttLinkRefusedException>(() => hub.ConnectAsync("disp-07", "pw-disp-07"));

        Assert.Equal(expected, wrong.ResultCode);
        Assert.Equal(expected, stranger.ResultCode);
        await using var right = await hub.ConnectAsync("disp-01");
        Assert.True(right.Client.IsConnected);
    }

    [Theory(DisplayName = "03_Security_PublishToAnotherDevicesTopic_IgnoredAndForeignReplyUnreadable")]
    [ClassData(typeof(HallBrokers))]
    public async Task Security_PublishToAnotherDevicesTopic_IgnoredAndForeignReplyUnreadable(HallBroker broker)
    {
        await using var hub = await RunningHub.StartAsync(output, TestSite.Create(), broker: broker);
        await using var intruder = await hub.ConnectAsync("disp-01");
        await using var victim = await hub.ConnectAsync("disp-02");

        var foreignReply = await intruder.Client.SubscribeAsync(intruder.Topics.DeviceReply(victim.Id));
        await intruder.PublishRawAsync(intruder.Topics.DeviceEvent(victim.Id),
            $$"""{"id":"{{victim.NextEventId()}}","kind":"ticket.request","category":"A"}""");
        await intruder.PublishRawAsync(intruder.Topics.DeviceState(victim.Id), """{"online":false}""");

        // The embedded broker refuses the SUBSCRIBE (0x80); Mosquitto grants it and delivers nothing.
        Assert.Equal(broker == HallBroker.Mosquitto, foreignReply);
        // Events of one device are handled in arrival order: had the forged press got through, this
        // press of the victim's own would be answered A002.
        var own = await victim.SendAsync(new DeviceEvent(victim.NextEventId(), DeviceEventKinds.TicketRequest, Category: "A"));
        Assert.Equal("A001", own.Ticket);
        Assert.Equal(1, hub.Host.Queue.Snapshot().Categories.Single(c => c.Prefix == "A").IssuedToday);
        Assert.Single(victim.Received(victim.Topics.DeviceReply(victim.Id)));
        Assert.Empty(intruder.Received(intruder.Topics.DeviceReply(victim.Id)));
        Assert.Equal(1, PrintCaptures.Count(hub.PrintFolder("p2")));
        Assert.False(hub.Host.Devices.Find(victim.Id)!.EverSeen, "the forged offline state must not reach the registry");
    }

    [Theory(DisplayName = "03_Security_DeviceFloodsPresses_RateLimitedAtTheHub")]
    [ClassData(typeof(HallBrokers))]
    public async Task Security_DeviceFloodsPresses_RateLimitedAtTheHub(HallBroker broker)
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(1)));
        await using var hub = await RunningHub.StartAsync(output, TestSite.Create(), time: clock, broker: broker);
        await using var rogue = await hub.ConnectAsync("disp-02");
        await using var neighbour = await hub.ConnectAsync("disp-01");
        var replies = rogue.Topics.DeviceReply(rogue.Id);

        // A broken or rogue dispenser without the firmware's own limit: 200 presses at once.
        for (var i = 0; i < 200; i++)
        {
            await rogue.PublishRawAsync(rogue.Topics.DeviceEvent(rogue.Id),
                $$"""{"id":"{{rogue.NextEventId()}}","kind":"ticket.request","category":"A"}""");
        }

        var answers = (await Eventually.UntilAsync(() => rogue.Received(replies), r => r.Count >= 200))
            .Select(m => ContractJson.Deserialize<DeviceReply>(m.Payload.Span)).ToList();
        var issued = answers.Count(r => r.Ok);
        Assert.Equal(Burst, issued);
        Assert.All(answers.Where(r => !r.Ok), r => Assert.Equal("rate-limited", r.Error));
        Assert.Equal(Burst, hub.Host.Queue.Snapshot().Categories.Single(c => c.Prefix == "A").IssuedToday);
        Assert.Equal(Burst, PrintCaptures.Count(hub.PrintFolder("p2")));

        // Another device is not affected, and the rogue one gets a press again as the clock moves on.
        Assert.True((await neighbour.SendAsync(new DeviceEvent(neighbour.NextEventId(), DeviceEventKinds.TicketRequest, Category: "A"))).Ok);
        Assert.Equal("rate-limited", (await rogue.SendAsync(new DeviceEvent(rogue.NextEventId(), DeviceEventKinds.TicketRequest, Category: "A"))).Error);
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True((await rogue.SendAsync(new DeviceEvent(rogue.NextEventId(), DeviceEventKinds.TicketRequest, Category: "A"))).Ok);
    }

    private static readonly int Burst = EdgeQueue.Hub.Site.DeviceRateLimitSettings.Default.Burst;
}
