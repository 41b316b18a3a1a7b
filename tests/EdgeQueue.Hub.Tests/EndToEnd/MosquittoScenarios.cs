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
/// </summary>
public sealed class MosquittoScenarios(ITestOutputHelper output)
{
    private const string HubPassword = "hub-secret";

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
            () => TestDevice.ConnectAsync(setup.Mosquitto.Host, setup.Mosquitto.Port, setup.Site.Topics, "disp-01", "wrong"));
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
        MosquittoTls? certificates = null;
        if (tls)
        {
            // A site's own CA: a self-signed certificate for 127.0.0.1 made by openssl, trusted through broker.caFile.
            var cert = folder.File("broker.pem");
            var key = folder.File("broker.key");
            using var openssl = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("openssl")
            {
                ArgumentList = { "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "2",
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-addext", "basicConstraints=critical,CA:TRUE" },
                RedirectStandardError = true,
            })!;
            await openssl.WaitForExitAsync();
            Assert.Equal(0, openssl.ExitCode);
            certificates = new MosquittoTls(cert, cert, key);
        }

        var draft = TestSite.Create(json => json["broker"] = new System.Text.Json.Nodes.JsonObject
        {
            ["mode"] = "external",
            ["url"] = "mqtt://127.0.0.1:1883",
            ["username"] = "hub-test",
            ["password"] = HubPassword,
        });
        var passwordFile = folder.File(MosquittoExport.PasswordFileName);
        await File.WriteAllTextAsync(passwordFile, MosquittoExport.PasswordFile(draft, MosquittoPasswordHash.Create(HubPassword, 1000)));
        var acl = MosquittoExport.AclFile(draft).Split('\n');
        var mosquitto = await MosquittoRunner.StartAsync(new MosquittoOptions
        {
            AclLines = acl,
            ExtraConfig = [$"password_file {passwordFile}", "set_tcp_nodelay true"],
            Tls = certificates,
        });
        var url = certificates is null ? new Uri($"mqtt://{mosquitto.Host}:{mosquitto.Port}") : new Uri($"mqtts://{mosquitto.Host}:{mosquitto.TlsPort}");
        var site = draft with { Broker = draft.Broker with { Url = url, CaFile = certificates?.CaFile } };
        return new ExternalSetup(mosquitto, site, folder);
    }

    private sealed record ExternalSetup(MosquittoRunner Mosquitto, SiteDefinition Site, TempDirectory Folder) : IAsyncDisposable
    {
        public Task<TestDevice> ConnectAsync(string id, bool subscribe = true) =>
            TestDevice.ConnectAsync(Mosquitto.Host, Mosquitto.Port, Site.Topics, id, TestSite.Password(id), subscribe);

        public async ValueTask DisposeAsync()
        {
            await Mosquitto.DisposeAsync();
            Folder.Dispose();
        }
    }
}
