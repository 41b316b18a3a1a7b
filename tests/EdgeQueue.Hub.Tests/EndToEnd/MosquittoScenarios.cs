using EdgeQueue.Contracts;
using EdgeQueue.Contracts.Messages;
using EdgeQueue.Hub.Security;
using EdgeQueue.Hub.Site;
using EdgeQueue.Hub.Tests.Support;
using EdgeQueue.Mqtt.Link;
using MQTTnet;
using EdgeQueue.Testing;
using EdgeQueue.Simulation.Printing;
using Xunit.Abstractions;

namespace EdgeQueue.Hub.Tests.EndToEnd;

/// <summary>
/// The hub on an external broker: a real Mosquitto with the password and ACL files that
/// <c>export-mosquitto</c> writes from the site file (hashes copied verbatim, $7$ PBKDF2-SHA512).
/// The common scenarios of every area run on it as well (<see cref="HallBroker"/>); these are the
/// ones about Mosquitto itself.
/// </summary>
public sealed class MosquittoScenarios(ITestOutputHelper output)
{
    [Fact(DisplayName = "07_Mosquitto_DispenserPressAndKeypadNext_PrintedAndCalledThroughExternalBroker")]
    public async Task Mosquitto_DispenserPressAndKeypadNext_PrintedAndCalledThroughExternalBroker()
    {
        await using var setup = await StartAsync();
        await using var hub = await RunningHub.StartAsync(output, setup.Site);
        await using var dispenser = await setup.ConnectAsync("disp-01");
        await using var keypad = await setup.ConnectAsync("keypad-01");

        var ticket = await dispenser.SendAsync(new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.TicketRequest, Category: "B"));
        var call = await keypad.SendAsync(new DeviceEvent(keypad.NextEventId(), DeviceEventKinds.CounterNext));

        Assert.Equal("B001", ticket.Ticket);
        Assert.Equal(("B001", 1), (call.Ticket, call.Counter));
        var printed = Assert.Single(await PrintCaptures.WaitForAsync(hub.PrintFolder("p1"), 1));
        printed.LineContaining("Rejestracja pojazdów");
        var calls = await keypad.WaitForAsync(keypad.Topics.HallCalls, m => ContractJson.Deserialize<HallCalls>(m.Payload.Span).Calls.Count == 1);
        Assert.Equal("B001", ContractJson.Deserialize<HallCalls>(calls.Payload.Span).Calls[0].Ticket);
        var config = await keypad.WaitForAsync(keypad.Topics.DeviceConfig(keypad.Id));
        Assert.Equal(1, ContractJson.Deserialize<DeviceConfig>(config.Payload.Span).Counter);
        await using var observer = await setup.ConnectAsync("keypad-02", subscribe: false);
        await observer.Client.SubscribeAsync(setup.Site.Topics.HubState);
        var state = await observer.WaitForAsync(setup.Site.Topics.HubState);
        Assert.True(ContractJson.Deserialize<HubState>(state.Payload.Span).Online);
    }

    [Fact(DisplayName = "07_Mosquitto_WrongPasswordAndForeignTopic_RefusedByExportedAcl")]
    public async Task Mosquitto_WrongPasswordAndForeignTopic_RefusedByExportedAcl()
    {
        await using var setup = await StartAsync();
        await using var hub = await RunningHub.StartAsync(output, setup.Site);

        var refused = await Assert.ThrowsAsync<MqttLinkRefusedException>(
            () => TestDevice.ConnectAsync("127.0.0.1", setup.Hall.Port, setup.Site.Topics, "disp-01", "wrong"));
        // Mosquitto 2.0 answers a wrong password with 5 (not authorized), later versions with 4.
        Assert.Contains(refused.ResultCode, new[] { MqttClientConnectResultCode.BadUserNameOrPassword, MqttClientConnectResultCode.NotAuthorized });

        await using var intruder = await setup.ConnectAsync("disp-01");
        await using var victim = await setup.ConnectAsync("disp-02");
        await intruder.PublishRawAsync(intruder.Topics.DeviceEvent(victim.Id),
            $$"""{"id":"{{victim.NextEventId()}}","kind":"ticket.request","category":"A"}""");
        var own = await victim.SendAsync(new DeviceEvent(victim.NextEventId(), DeviceEventKinds.TicketRequest, Category: "A"));

        Assert.Equal("A001", own.Ticket);
        Assert.Single(victim.Received(victim.Topics.DeviceReply(victim.Id)));
        Assert.Contains("denied PUBLISH", setup.Mosquitto.Log, StringComparison.OrdinalIgnoreCase);
    }

    [Fact(DisplayName = "07_Mosquitto_MalformedEvent_GetsBadRequestReply")]
    public async Task Mosquitto_MalformedEvent_GetsBadRequestReply()
    {
        await using var setup = await StartAsync();
        await using var hub = await RunningHub.StartAsync(output, setup.Site);
        await using var keypad = await setup.ConnectAsync("keypad-02");

        await keypad.PublishRawAsync(keypad.Topics.DeviceEvent(keypad.Id), "counter.next please");
        var reply = await keypad.ReplyToAsync(string.Empty);

        Assert.Equal(ReplyErrors.BadRequest, reply.Error);
        Assert.StartsWith("invalid JSON", reply.Message, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "07_Mosquitto_HubOverMqtts_SiteCaTrustedAndTicketIssued")]
    public async Task Mosquitto_HubOverMqtts_SiteCaTrustedAndTicketIssued()
    {
        await using var setup = await StartAsync(tls: true);
        await using var hub = await RunningHub.StartAsync(output, setup.Site);
        await using var dispenser = await setup.ConnectAsync("disp-01");

        var reply = await dispenser.SendAsync(new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.TicketRequest, Category: "A"));

        Assert.Equal("A001", reply.Ticket);
        Assert.Equal("mqtts", setup.Site.Broker.Url!.Scheme);
        Assert.Contains("mqtts://", hub.Host.Bus.Description, StringComparison.Ordinal);
    }

    private static async Task<ExternalSetup> StartAsync(bool tls = false)
    {
        var folder = new TempDirectory("mosquitto-export");
        using var ca = new TestCertificateAuthority("EdgeQueue test hall CA");
        var hall = await MosquittoHall.StartAsync(TestSite.Create(), tls ? ca.WriteBrokerFiles(folder.Path) : null);
        return new ExternalSetup(hall, folder);
    }

    private sealed record ExternalSetup(MosquittoHall Hall, TempDirectory Folder) : IAsyncDisposable
    {
        public MosquittoRunner Mosquitto => Hall.Mosquitto;

        public SiteDefinition Site => Hall.Site;

        public Task<TestDevice> ConnectAsync(string id, bool subscribe = true) =>
            TestDevice.ConnectAsync("127.0.0.1", Hall.Port, Site.Topics, id, TestSite.Password(id), subscribe);

        public async ValueTask DisposeAsync()
        {
            await Hall.DisposeAsync();
            Folder.Dispose();
        }
    }
}
