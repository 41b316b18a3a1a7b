using EdgeQueue.Contracts;
using EdgeQueue.Contracts.Messages;
using EdgeQueue.Hub.Tests.Support;
using EdgeQueue.Queue.Commands;
using EdgeQueue.Simulation.Printing;
using Xunit.Abstractions;
using EdgeQueue.Testing;

namespace EdgeQueue.Hub.Tests.EndToEnd;

/// <summary>A dispenser's button press through the embedded broker to a committed, printed ticket.</summary>
public sealed class IssueTicketScenarios(ITestOutputHelper output)
{
    [Theory(DisplayName = "01_IssueTicket_DispenserPress_PrintsDecodedTicketAndRepliesWithNumber")]
    [ClassData(typeof(HallBrokers))]
    public async Task IssueTicket_DispenserPress_PrintsDecodedTicketAndRepliesWithNumber(HallBroker broker)
    {
        await using var hub = await RunningHub.StartAsync(output, TestSite.Create(), broker: broker);
        await using var dispenser = await hub.ConnectAsync("disp-01");

        var reply = await dispenser.SendAsync(new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.TicketRequest, Category: "A"));

        Assert.True(reply.Ok, reply.Message);
        Assert.Equal("A001", reply.Ticket);
        Assert.Equal(0, reply.Waiting);
        var ticket = Assert.Single(await PrintCaptures.WaitForAsync(hub.PrintFolder("p1"), 1));
        var number = ticket.LineContaining("A001");
        Assert.True(number.Width >= 2 && number.Height >= 2, $"the number is printed large: {number}");
        ticket.LineContaining("Dowody osobiste");
        ticket.LineContaining("Urząd Testowy");
        Assert.Equal(TestSite.ETicketBase + "A001", Assert.Single(ticket.QrCodes).PayloadText);
        Assert.NotEqual(EscPosCut.None, ticket.Cut);
        Assert.Equal(0, PrintCaptures.Count(hub.PrintFolder("p2")));
    }

    [Fact(DisplayName = "01_IssueTicket_NoCounterOpenYet_PaperReplyAndETicketGiveTheSameEstimate")]
    public async Task IssueTicket_NoCounterOpenYet_PaperReplyAndETicketGiveTheSameEstimate()
    {
        await using var hub = await RunningHub.StartAsync(output, TestSite.Create());
        await using var dispenser = await hub.ConnectAsync("disp-01");
        DeviceReply reply = null!;
        for (var i = 0; i < 4; i++)
        {
            reply = await dispenser.SendAsync(new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.TicketRequest, Category: "A"));
        }

        using var http = new HttpClient { BaseAddress = hub.Host.HttpAddress };
        var page = await http.GetStringAsync(new Uri("/t/A004", UriKind.Relative));

        // No clerk has opened a counter and nobody was served: 4th in line × A's configured 6 min ÷ the one counter serving A.
        Assert.Equal(("A004", 3, 24), (reply.Ticket, reply.Waiting, reply.EtaMin));
        var paper = (await PrintCaptures.WaitForAsync(hub.PrintFolder("p1"), 4))[^1];
        paper.LineContaining("Przewidywany czas oczekiwania: ok. 24 min");
        Assert.Contains("<dd id=\"eta\">około 24 min</dd>", page, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "01_IssueTicket_CentralHasAPublicAddress_QrOpensCentralsETicketPageNotTheHallsWifiPage")]
    public async Task IssueTicket_CentralHasAPublicAddress_QrOpensCentralsETicketPageNotTheHallsWifiPage()
    {
        var site = TestSite.Create(json => json["central"] = new System.Text.Json.Nodes.JsonObject
        {
            // Central's broker is not running: the hall works on, only the QR's address comes from this section.
            ["url"] = $"mqtt://127.0.0.1:{FreePort.Next()}",
            ["username"] = "hub-test",
            ["password"] = "pw-hub-test",
            ["publicUrl"] = "https://wizyty.test.example",
        });
        await using var hub = await RunningHub.StartAsync(output, site);
        await using var dispenser = await hub.ConnectAsync("disp-01");

        var reply = await dispenser.SendAsync(new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.TicketRequest, Category: "A"));

        Assert.True(reply.Ok, reply.Message);
        var ticket = Assert.Single(await PrintCaptures.WaitForAsync(hub.PrintFolder("p1"), 1));
        Assert.Equal($"https://wizyty.test.example/e/{hub.Site.SiteId}/A001", Assert.Single(ticket.QrCodes).PayloadText);
        using var http = new HttpClient { BaseAddress = hub.Host.HttpAddress };
        Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync(new Uri("/t/A001", UriKind.Relative))).StatusCode); // the hall's fallback
    }

    [Fact(DisplayName = "01_IssueTicket_KioskPrinterOnASerialLine_TicketComesOutOfIt")]
    public async Task IssueTicket_KioskPrinterOnASerialLine_TicketComesOutOfIt()
    {
        using var printer = new SerialLinePrinter();
        var site = TestSite.Create(json =>
        {
            var p1 = json["printers"]![0]!.AsObject();
            p1.Remove("folder");
            p1["serial"] = $"{printer.Device}?baud=19200";
        });
        await using var hub = await RunningHub.StartAsync(output, site);
        await using var dispenser = await hub.ConnectAsync("disp-01");

        var reply = await dispenser.SendAsync(new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.TicketRequest, Category: "A"));

        Assert.True(reply.Ok, reply.Message);
        var ticket = EscPosDecoder.Decode(await printer.NextJobAsync(TestDevice.Timeout));
        ticket.LineContaining("A001");
        Assert.Equal(TestSite.ETicketBase + "A001", Assert.Single(ticket.QrCodes).PayloadText);
        Assert.Equal("ok", hub.Host.Devices.Find(DeviceId.Parse("disp-01"))!.PrinterPaper);
    }

    [Theory(DisplayName = "01_IssueTicket_DuplicateEventId_StoredReplyAndNoSecondPaper")]
    [ClassData(typeof(HallBrokers))]
    public async Task IssueTicket_DuplicateEventId_StoredReplyAndNoSecondPaper(HallBroker broker)
    {
        await using var hub = await RunningHub.StartAsync(output, TestSite.Create(), broker: broker);
        await using var dispenser = await hub.ConnectAsync("disp-01");
        var press = new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.TicketRequest, Category: "B");

        var first = await dispenser.SendAsync(press);
        var repeated = await dispenser.SendAsync(press);
        var next = await dispenser.SendAsync(new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.TicketRequest, Category: "B"));

        Assert.Equal("B001", first.Ticket);
        Assert.Equal(first, repeated);
        Assert.Equal("B002", next.Ticket);
        var prints = await PrintCaptures.WaitForAsync(hub.PrintFolder("p1"), 2);
        Assert.Equal(["B001", "B002"], prints.Select(p => p.LineContaining("B00").Text.Trim()));
        var category = hub.Host.Queue.Snapshot().Categories.Single(c => c.Prefix == "B");
        Assert.Equal(2, category.IssuedToday);
        Assert.Equal(["B001", "B002"], category.Waiting.Select(t => t.Number));
    }

    [Theory(DisplayName = "01_IssueTicket_RetransmittedWhilePrintingAndReplayed100Times_OnePaperTicket")]
    [ClassData(typeof(HallBrokers))]
    public async Task IssueTicket_RetransmittedWhilePrintingAndReplayed100Times_OnePaperTicket(HallBroker broker)
    {
        await using var hub = await RunningHub.StartAsync(output, TestSite.Create(), broker: broker);
        await using var dispenser = await hub.ConnectAsync("disp-01");
        var press = new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.TicketRequest, Category: "A");
        var payload = System.Text.Encoding.UTF8.GetString(ContractJson.Serialize(press));
        var replies = dispenser.Topics.DeviceReply(dispenser.Id);

        // The dispenser's retransmissions (1, 2, 4 s) race the print; a rogue one replays at will.
        for (var i = 0; i < 101; i++)
        {
            await dispenser.PublishRawAsync(dispenser.Topics.DeviceEvent(dispenser.Id), payload);
        }

        var answers = await Eventually.UntilAsync(() => dispenser.Received(replies), r => r.Count >= 101);
        var parsed = answers.Select(m => ContractJson.Deserialize<DeviceReply>(m.Payload.Span)).ToList();
        Assert.All(parsed, r => Assert.Equal((press.Id, true, "A001"), (r.Re, r.Ok, r.Ticket)));
        Assert.Single(parsed.Distinct());
        Assert.Single(await PrintCaptures.WaitForAsync(hub.PrintFolder("p1"), 1));
        Assert.Equal(1, hub.Host.Queue.Snapshot().Categories.Single(c => c.Prefix == "A").IssuedToday);
        var next = await dispenser.SendAsync(new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.TicketRequest, Category: "A"));
        Assert.Equal("A002", next.Ticket);
        Assert.Equal(2, PrintCaptures.Count(hub.PrintFolder("p1")));
    }

    [Theory(DisplayName = "01_IssueTicket_PrinterOutOfPaper_TicketVoidedNeverCalledAndNotReprinted")]
    [ClassData(typeof(HallBrokers))]
    public async Task IssueTicket_PrinterOutOfPaper_TicketVoidedNeverCalledAndNotReprinted(HallBroker broker)
    {
        await using var printer = new LoopbackNetworkPrinter { Status = LoopbackNetworkPrinter.PaperOutStatus };
        await using var hub = await RunningHub.StartAsync(output, NetworkPrinterSite(printer), broker: broker);
        await using var dispenser = await hub.ConnectAsync("disp-02");
        await using var keypad = await hub.ConnectAsync("keypad-01");
        var press = new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.TicketRequest, Category: "A");

        var failed = await dispenser.SendAsync(press);

        Assert.False(failed.Ok);
        Assert.Equal(ReplyErrors.PrinterFailed, failed.Error);
        Assert.Null(failed.Ticket);
        Assert.Contains("A001", failed.Message, StringComparison.Ordinal);
        Assert.Contains("void", failed.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("press again to reprint", failed.Message, StringComparison.Ordinal);
        Assert.Empty(printer.Jobs);
        var status = hub.Host.Devices.Snapshot().Single(d => d.Id == "disp-02");
        Assert.Contains("A001", status.LastError, StringComparison.Ordinal);
        Assert.Equal("out", status.Paper);
        var category = hub.Host.Queue.Snapshot().Categories.Single(c => c.Prefix == "A");
        Assert.Equal((1, 0), (category.IssuedToday, category.Waiting.Count));

        // Nobody holds A001: a clerk's Next finds nobody instead of calling it three times.
        var next = await keypad.SendAsync(new DeviceEvent(keypad.NextEventId(), DeviceEventKinds.CounterNext));
        Assert.Equal(ReplyErrors.NothingToCall, next.Error);

        // The printer works again: a retransmission of the old press gets the stored answer, no paper;
        // a new press is a new ticket.
        await dispenser.WaitForAsync(dispenser.Topics.DeviceShow(dispenser.Id),
            m => ContractJson.Deserialize<DeviceShow>(m.Payload.Span).Paper == PaperStates.Out);
        printer.Status = LoopbackNetworkPrinter.ReadyStatus;
        var retransmitted = await dispenser.SendAsync(press);
        Assert.Equal(failed, retransmitted);
        var fresh = await dispenser.SendAsync(new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.TicketRequest, Category: "A"));
        Assert.True(fresh.Ok, fresh.Message);
        Assert.Equal("A002", fresh.Ticket);
        EscPosDecoder.Decode(await printer.NextJobAsync(TestDevice.Timeout)).LineContaining("A002");
        Assert.Single(printer.Jobs);
        await dispenser.WaitForAsync(dispenser.Topics.DeviceShow(dispenser.Id),
            m => ContractJson.Deserialize<DeviceShow>(m.Payload.Span).Paper == PaperStates.Ok);
    }

    [Theory(DisplayName = "01_IssueTicket_CheckInWhilePaperOut_NextCheckInPrintsTheSameTicket")]
    [ClassData(typeof(HallBrokers))]
    public async Task IssueTicket_CheckInWhilePaperOut_NextCheckInPrintsTheSameTicket(HallBroker broker)
    {
        await using var printer = new LoopbackNetworkPrinter { Status = LoopbackNetworkPrinter.PaperOutStatus };
        // A Monday morning that runs at real speed: "in ten minutes" on the wall clock crossed
        // midnight at 23:50 in Warsaw, and the visit became tomorrow's ("too-early").
        var morning = new EdgeQueue.Hosting.ScaledTimeProvider(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.FromHours(1)), speed: 1);
        await using var hub = await RunningHub.StartAsync(output, NetworkPrinterSite(printer), time: morning, broker: broker);
        await using var dispenser = await hub.ConnectAsync("disp-02");
        await hub.Host.Queue.ImportBookingsAsync([new SyncBooking("K7PM9X", "B", morning.GetUtcNow().AddMinutes(10), "Jan K.", 1)]);

        var failed = await dispenser.SendAsync(new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.CheckIn, Code: "K7PM9X"));

        Assert.Equal(ReplyErrors.PrinterFailed, failed.Error);
        Assert.Equal("B001", failed.Ticket);
        Assert.Contains("check in again", failed.Message, StringComparison.Ordinal);
        Assert.Empty(printer.Jobs);

        printer.Status = LoopbackNetworkPrinter.ReadyStatus;
        var again = await dispenser.SendAsync(new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.CheckIn, Code: "K7PM9X"));

        Assert.True(again.Ok, again.Message);
        Assert.Equal("B001", again.Ticket);
        EscPosDecoder.Decode(await printer.NextJobAsync(TestDevice.Timeout)).LineContaining("B001");
        var category = hub.Host.Queue.Snapshot().Categories.Single(c => c.Prefix == "B");
        Assert.Equal(["B001"], category.Waiting.Select(t => t.Number));
        var third = await dispenser.SendAsync(new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.CheckIn, Code: "K7PM9X"));
        Assert.Equal("already-checked-in", third.Error);
        Assert.Single(printer.Jobs);
    }

    private static EdgeQueue.Hub.Site.SiteDefinition NetworkPrinterSite(LoopbackNetworkPrinter printer) => TestSite.Create(json =>
    {
        var p2 = json["printers"]![1]!.AsObject();
        p2.Remove("folder");
        p2["tcp"] = $"127.0.0.1:{printer.Port}";
    });
}
