using EdgeQueue.Contracts;
using EdgeQueue.Contracts.Messages;
using EdgeQueue.Hub.Tests.Support;
using EdgeQueue.Queue.Commands;
using EdgeQueue.Queue.State;
using EdgeQueue.Testing;
using Xunit.Abstractions;

namespace EdgeQueue.Hub.Tests.EndToEnd;

/// <summary>The queue lives in the data folder's SQLite store: a restarted hub carries on where it stopped.</summary>
public sealed class RestartScenarios(ITestOutputHelper output)
{
    [Theory(DisplayName = "05_Restart_HubRestartedOnSameData_KeepsQueueNumbersAndStoredReplies")]
    [ClassData(typeof(HallBrokers))]
    public async Task Restart_HubRestartedOnSameData_KeepsQueueNumbersAndStoredReplies(HallBroker broker)
    {
        using var data = new TempDirectory("hub-restart");
        var site = TestSite.Create();
        await using var hall = broker == HallBroker.Mosquitto ? await MosquittoHall.StartAsync(site) : null;
        DeviceEvent first;
        await using (var hub = await StartOnAsync(hall, site, data.Path))
        {
            await using var dispenser = await hub.ConnectAsync("disp-01");
            await using var keypad = await hub.ConnectAsync("keypad-01");
            first = new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.TicketRequest, Category: "A");
            Assert.Equal("A001", (await dispenser.SendAsync(first)).Ticket);
            Assert.Equal("A002", (await dispenser.SendAsync(new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.TicketRequest, Category: "A"))).Ticket);
            Assert.Equal("A001", (await keypad.SendAsync(new DeviceEvent(keypad.NextEventId(), DeviceEventKinds.CounterNext))).Ticket);
        }

        await using var restarted = await StartOnAsync(hall, site, data.Path);
        await using var again = await restarted.ConnectAsync("disp-01");
        await using var board = await restarted.ConnectAsync("keypad-01");

        var snapshot = restarted.Host.Queue.Snapshot();
        Assert.Equal(["A002"], snapshot.Categories.Single(c => c.Prefix == "A").Waiting.Select(t => t.Number));
        Assert.Equal("A001", snapshot.Counters.Single(c => c.Number == 1).Current?.Number);
        var retransmitted = await again.SendAsync(first);
        Assert.Equal("A001", retransmitted.Ticket);
        Assert.Equal("A003", (await again.SendAsync(new DeviceEvent(again.NextEventId(), DeviceEventKinds.TicketRequest, Category: "A"))).Ticket);
        var show = await board.WaitForAsync(board.Topics.DeviceShow(board.Id));
        Assert.Equal("A001", ContractJson.Deserialize<DeviceShow>(show.Payload.Span).Text);
    }

    [Theory(DisplayName = "05_Restart_TicketCommittedButHubStoppedBeforePrinting_RetransmissionPrintsItOnce")]
    [ClassData(typeof(HallBrokers))]
    public async Task Restart_TicketCommittedButHubStoppedBeforePrinting_RetransmissionPrintsItOnce(HallBroker broker)
    {
        await using var hub = await RunningHub.StartAsync(output, TestSite.Create(), broker: broker);
        await using var dispenser = await hub.ConnectAsync("disp-01");
        var press = new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.TicketRequest, Category: "A");

        // Committed under the press's id, as if the hub had stopped between the commit and the print.
        Assert.True((await hub.Host.Queue.ExecuteAsync(new IssueTicket("A"), press.Id)).Accepted);
        var retransmitted = await dispenser.SendAsync(press);
        var again = await dispenser.SendAsync(press);

        Assert.Equal((true, "A001"), (retransmitted.Ok, retransmitted.Ticket));
        Assert.Equal(retransmitted, again);
        Assert.Single(await PrintCaptures.WaitForAsync(hub.PrintFolder("p1"), 1));
        Assert.Equal(TicketPrint.Printed, hub.Host.Queue.State.Tickets.Values.Single().Print);
    }

    /// <summary>The hub on the same broker across its restart (the hall's Mosquitto outlives the hub).</summary>
    private Task<RunningHub> StartOnAsync(MosquittoHall? hall, EdgeQueue.Hub.Site.SiteDefinition site, string data) =>
        hall is null ? RunningHub.StartAsync(output, site, data) : RunningHub.StartAsync(output, hall, data);
}
