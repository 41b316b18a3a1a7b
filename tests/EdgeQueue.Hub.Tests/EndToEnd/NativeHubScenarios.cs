using System.Text.Json;
using System.Text.Json.Nodes;
using EdgeQueue.Contracts.Messages;
using EdgeQueue.Hub.Tests.Support;
using EdgeQueue.Simulation.Printing;
using EdgeQueue.Testing;
using Xunit.Abstractions;

namespace EdgeQueue.Hub.Tests.EndToEnd;

/// <summary>
/// The Native AOT hub, the executable a Pi runs, through its sockets and files only: tickets,
/// calls, the hall screen's state, bad input, a restart on the same data, the site file check and
/// a hall on Debian's Mosquitto (the MQTTnet client compiled ahead of time). What it must show is
/// the same as the in-process scenarios show of the IL build; nothing here reaches inside it.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class NativeHubScenarios(ITestOutputHelper output)
{
    [Fact(DisplayName = "12_NativeHub_DispenserPressAndClerkNext_TicketPrintedCalledAndShownOnTheHallScreen")]
    public async Task NativeHub_DispenserPressAndClerkNext_TicketPrintedCalledAndShownOnTheHallScreen()
    {
        using var folder = new TempDirectory("native-hub");
        await using var hub = await NativeHub.StartAsync(output, TestSite.Json(), folder, folder.File("data"));
        await using var dispenser = await hub.ConnectAsync("disp-01");
        await using var keypad = await hub.ConnectAsync("keypad-01");

        var issued = await dispenser.SendAsync(new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.TicketRequest, Category: "A"));
        var called = await keypad.SendAsync(new DeviceEvent(keypad.NextEventId(), DeviceEventKinds.CounterNext));

        Assert.True(issued.Ok, issued.Message);
        Assert.Equal("A001", issued.Ticket);
        var ticket = Assert.Single(await PrintCaptures.WaitForAsync(hub.PrintFolder("p1"), 1));
        ticket.LineContaining("A001");
        Assert.Equal(TestSite.ETicketBase + "A001", Assert.Single(ticket.QrCodes).PayloadText);
        Assert.True(called.Ok, called.Message);
        Assert.Equal("A001", called.Ticket);
        using var state = JsonDocument.Parse(await hub.GetAsync("/display/state"));
        var call = Assert.Single(state.RootElement.GetProperty("calls").EnumerateArray());
        Assert.Equal("A001", call.GetProperty("ticket").GetString());
        Assert.Equal(1, call.GetProperty("counter").GetInt32());
        Assert.Equal("Urząd Testowy", state.RootElement.GetProperty("site").GetString());
    }

    [Fact(DisplayName = "12_NativeHub_Health_ReportsServingAndItsOwnMemory")]
    public async Task NativeHub_Health_ReportsServingAndItsOwnMemory()
    {
        using var folder = new TempDirectory("native-hub");
        await using var hub = await NativeHub.StartAsync(output, TestSite.Json(), folder, folder.File("data"));

        using var health = JsonDocument.Parse(await hub.GetAsync("/health"));

        Assert.True(health.RootElement.GetProperty("online").GetBoolean());
        Assert.Equal("ok", health.RootElement.GetProperty("storage").GetString());
        Assert.Equal(TestSite.SiteId, health.RootElement.GetProperty("site").GetString());
        Assert.Equal(4, health.RootElement.GetProperty("devices").GetInt32());
        Assert.True(health.RootElement.GetProperty("memoryMb").GetDouble() > 1);
        Assert.True(health.RootElement.GetProperty("managedHeapMb").GetDouble() > 0);
    }

    [Fact(DisplayName = "12_NativeHub_MalformedEvents_EachGetsItsErrorReplyAndTheHallGoesOn")]
    public async Task NativeHub_MalformedEvents_EachGetsItsErrorReplyAndTheHallGoesOn()
    {
        using var folder = new TempDirectory("native-hub");
        await using var hub = await NativeHub.StartAsync(output, TestSite.Json(), folder, folder.File("data"));
        await using var dispenser = await hub.ConnectAsync("disp-01");

        // The in-process scenarios' own list of bad events (04_BadInput_MalformedEvent_…), once each.
        foreach (var row in BadInputScenarios.MalformedEvents().Where(r => r[0] is HallBroker.Embedded))
        {
            var (payload, re, error, explanation) = ((string)row[1], (string)row[2], (string)row[3], (string)row[4]);
            await dispenser.PublishRawAsync(dispenser.Topics.DeviceEvent(dispenser.Id), payload);
            var reply = await dispenser.ReplyToAsync(re);

            Assert.False(reply.Ok, payload);
            Assert.Equal(error, reply.Error);
            Assert.Contains(explanation, reply.Message, StringComparison.Ordinal);
        }

        var good = await dispenser.SendAsync(new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.TicketRequest, Category: "A"));
        Assert.Equal("A001", good.Ticket);
    }

    [Fact(DisplayName = "12_NativeHub_StoppedAndStartedOnTheSameData_KeepsNumbersAndStoredReplies")]
    public async Task NativeHub_StoppedAndStartedOnTheSameData_KeepsNumbersAndStoredReplies()
    {
        using var folder = new TempDirectory("native-hub");
        var data = folder.File("data");
        DeviceEvent first;
        await using (var hub = await NativeHub.StartAsync(output, TestSite.Json(), folder, data))
        {
            await using var dispenser = await hub.ConnectAsync("disp-01");
            first = new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.TicketRequest, Category: "A");
            Assert.Equal("A001", (await dispenser.SendAsync(first)).Ticket);
            await hub.StopAsync();
        }

        await using var again = await NativeHub.StartAsync(output, TestSite.Json(), folder, data);
        await using var sameDispenser = await again.ConnectAsync("disp-01");

        var retransmitted = await sameDispenser.SendAsync(first);
        var next = await sameDispenser.SendAsync(new DeviceEvent(sameDispenser.NextEventId(), DeviceEventKinds.TicketRequest, Category: "A"));

        Assert.Equal("A001", retransmitted.Ticket);
        Assert.Equal("A002", next.Ticket);
        Assert.Equal(2, PrintCaptures.Count(again.PrintFolder("p1")));
    }

    [Fact(DisplayName = "12_NativeHub_OnDebiansMosquitto_PressPrintsThroughTheHubsMqttClient")]
    public async Task NativeHub_OnDebiansMosquitto_PressPrintsThroughTheHubsMqttClient()
    {
        using var folder = new TempDirectory("native-hub");
        await using var hall = await MosquittoHall.StartAsync(TestSite.Create());
        var json = TestSite.Json();
        json["broker"] = new JsonObject
        {
            ["mode"] = "external",
            ["url"] = $"mqtt://127.0.0.1:{hall.Port}",
            ["username"] = hall.Site.Broker.Username,
            ["password"] = MosquittoHall.HubPassword,
        };
        await using var hub = await NativeHub.StartAsync(output, json, folder, folder.File("data"));
        await using var dispenser = await hub.ConnectAsync("disp-01");

        var reply = await dispenser.SendAsync(new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.TicketRequest, Category: "B"));

        Assert.Equal("B001", reply.Ticket);
        Assert.Single(await PrintCaptures.WaitForAsync(hub.PrintFolder("p1"), 1));
        Assert.Contains(hall.Site.Broker.Username!, hall.Mosquitto.Log, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "12_NativeHub_CheckOfASiteFileWithAMisspeltField_ExitsOneNamingTheField")]
    public async Task NativeHub_CheckOfASiteFileWithAMisspeltField_ExitsOneNamingTheField()
    {
        using var folder = new TempDirectory("native-hub");
        var json = TestSite.Json();
        json["categories"]![0]!["serviceMinuts"] = 5;
        await File.WriteAllTextAsync(folder.File("site.json"), json.ToJsonString());

        var check = await ExternalProgram.RunAsync(NativeHub.Executable, ["check", "--site", folder.File("site.json")], TimeSpan.FromSeconds(30));

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("categories[0].serviceMinuts: unknown field", check.Output + check.Error, StringComparison.Ordinal);
    }
}
