using EdgeQueue.Contracts;
using EdgeQueue.Contracts.Messages;
using EdgeQueue.Hub.Tests.Support;
using EdgeQueue.Simulation.Printing;
using Xunit.Abstractions;

namespace EdgeQueue.Hub.Tests.EndToEnd;

/// <summary>A dispenser's button press through the embedded broker to a committed, printed ticket.</summary>
public sealed class IssueTicketScenarios(ITestOutputHelper output)
{
    [Fact(DisplayName = "01_IssueTicket_DispenserPress_PrintsDecodedTicketAndRepliesWithNumber")]
    public async Task IssueTicket_DispenserPress_PrintsDecodedTicketAndRepliesWithNumber()
    {
        await using var hub = await RunningHub.StartAsync(output, TestSite.Create());
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

    [Fact(DisplayName = "01_IssueTicket_DuplicateEventId_ReprintsSameTicketWithoutIssuingAnother")]
    public async Task IssueTicket_DuplicateEventId_ReprintsSameTicketWithoutIssuingAnother()
    {
        await using var hub = await RunningHub.StartAsync(output, TestSite.Create());
        await using var dispenser = await hub.ConnectAsync("disp-01");
        var press = new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.TicketRequest, Category: "B");

        var first = await dispenser.SendAsync(press);
        var repeated = await dispenser.SendAsync(press);
        var next = await dispenser.SendAsync(new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.TicketRequest, Category: "B"));

        Assert.Equal("B001", first.Ticket);
        Assert.Equal(first, repeated);
        Assert.Equal("B002", next.Ticket);
        var prints = await PrintCaptures.WaitForAsync(hub.PrintFolder("p1"), 3);
        Assert.Equal(3, prints.Count);
        prints[0].LineContaining("B001");
        prints[1].LineContaining("B001");
        prints[2].LineContaining("B002");
        var category = hub.Host.Queue.Snapshot().Categories.Single(c => c.Prefix == "B");
        Assert.Equal(2, category.IssuedToday);
        Assert.Equal(["B001", "B002"], category.Waiting.Select(t => t.Number));
    }

    [Fact(DisplayName = "01_IssueTicket_PrinterOutOfPaper_RepliesPrinterFailedAndRetryReprintsSameTicket")]
    public async Task IssueTicket_PrinterOutOfPaper_RepliesPrinterFailedAndRetryReprintsSameTicket()
    {
        await using var printer = new LoopbackNetworkPrinter { Status = LoopbackNetworkPrinter.PaperOutStatus };
        var site = TestSite.Create(json =>
        {
            var p2 = json["printers"]![1]!.AsObject();
            p2.Remove("folder");
            p2["tcp"] = $"127.0.0.1:{printer.Port}";
        });
        await using var hub = await RunningHub.StartAsync(output, site);
        await using var dispenser = await hub.ConnectAsync("disp-02");
        var press = new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.TicketRequest, Category: "A");

        var failed = await dispenser.SendAsync(press);

        Assert.False(failed.Ok);
        Assert.Equal(ReplyErrors.PrinterFailed, failed.Error);
        Assert.Equal("A001", failed.Ticket);
        Assert.Contains("A001", failed.Message, StringComparison.Ordinal);
        Assert.Empty(printer.Jobs);
        var status = hub.Host.Devices.Snapshot().Single(d => d.Id == "disp-02");
        Assert.Contains("A001", status.LastError, StringComparison.Ordinal);
        Assert.Equal("out", status.Paper);
        Assert.Equal(1, hub.Host.Queue.Snapshot().Categories.Single(c => c.Prefix == "A").IssuedToday);

        // The printer is on the hub: the dispenser learns of the empty roll through its retained show.
        await dispenser.WaitForAsync(dispenser.Topics.DeviceShow(dispenser.Id),
            m => ContractJson.Deserialize<DeviceShow>(m.Payload.Span).Paper == PaperStates.Out);

        printer.Status = LoopbackNetworkPrinter.ReadyStatus;
        var retried = await dispenser.SendAsync(press);

        Assert.True(retried.Ok, retried.Message);
        Assert.Equal("A001", retried.Ticket);
        var job = await printer.NextJobAsync(TestDevice.Timeout);
        EscPosDecoder.Decode(job).LineContaining("A001");
        Assert.Equal(1, hub.Host.Queue.Snapshot().Categories.Single(c => c.Prefix == "A").IssuedToday);
        await dispenser.WaitForAsync(dispenser.Topics.DeviceShow(dispenser.Id),
            m => ContractJson.Deserialize<DeviceShow>(m.Payload.Span).Paper == PaperStates.Ok);
    }
}
