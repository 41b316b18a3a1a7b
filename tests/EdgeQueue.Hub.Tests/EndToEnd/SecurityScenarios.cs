using EdgeQueue.Contracts.Messages;
using EdgeQueue.Hub.Tests.Support;
using EdgeQueue.Mqtt.Link;
using MQTTnet;
using Xunit.Abstractions;

namespace EdgeQueue.Hub.Tests.EndToEnd;

/// <summary>DESIGN.md §5 rule 4 on the embedded broker: own credentials, own topics only.</summary>
public sealed class SecurityScenarios(ITestOutputHelper output)
{
    [Fact(DisplayName = "03_Security_WrongPassword_ConnectionRefused")]
    public async Task Security_WrongPassword_ConnectionRefused()
    {
        await using var hub = await RunningHub.StartAsync(output, TestSite.Create());

        var wrong = await Assert.ThrowsAsync<MqttLinkRefusedException>(() => hub.ConnectAsync("disp-01", "not-the-password"));
        var stranger = await Assert.ThrowsAsync<MqttLinkRefusedException>(() => hub.ConnectAsync("disp-07", "pw-disp-07"));

        Assert.Equal(MqttClientConnectResultCode.BadUserNameOrPassword, wrong.ResultCode);
        Assert.Equal(MqttClientConnectResultCode.BadUserNameOrPassword, stranger.ResultCode);
        await using var right = await hub.ConnectAsync("disp-01");
        Assert.True(right.Client.IsConnected);
    }

    [Fact(DisplayName = "03_Security_PublishToAnotherDevicesTopic_IgnoredAndForeignReplyUnreadable")]
    public async Task Security_PublishToAnotherDevicesTopic_IgnoredAndForeignReplyUnreadable()
    {
        await using var hub = await RunningHub.StartAsync(output, TestSite.Create());
        await using var intruder = await hub.ConnectAsync("disp-01");
        await using var victim = await hub.ConnectAsync("disp-02");

        var foreignReply = await intruder.Client.SubscribeAsync(intruder.Topics.DeviceReply(victim.Id));
        await intruder.PublishRawAsync(intruder.Topics.DeviceEvent(victim.Id),
            $$"""{"id":"{{victim.NextEventId()}}","kind":"ticket.request","category":"A"}""");
        await intruder.PublishRawAsync(intruder.Topics.DeviceState(victim.Id), """{"online":false}""");

        Assert.False(foreignReply);
        // Events of one device are handled in arrival order: had the forged press got through, this
        // press of the victim's own would be answered A002.
        var own = await victim.SendAsync(new DeviceEvent(victim.NextEventId(), DeviceEventKinds.TicketRequest, Category: "A"));
        Assert.Equal("A001", own.Ticket);
        Assert.Equal(1, hub.Host.Queue.Snapshot().Categories.Single(c => c.Prefix == "A").IssuedToday);
        Assert.Single(victim.Received(victim.Topics.DeviceReply(victim.Id)));
        Assert.Equal(1, PrintCaptures.Count(hub.PrintFolder("p2")));
        Assert.False(hub.Host.Devices.Find(victim.Id)!.EverSeen, "the forged offline state must not reach the registry");
    }
}
