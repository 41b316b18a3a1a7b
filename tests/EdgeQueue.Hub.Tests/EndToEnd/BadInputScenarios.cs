using EdgeQueue.Contracts.Messages;
using EdgeQueue.Hub.Tests.Support;
using Xunit.Abstractions;
using EdgeQueue.Testing;

namespace EdgeQueue.Hub.Tests.EndToEnd;

/// <summary>DESIGN.md §5 rule 6: bad input gets a clear error reply and loses nothing.</summary>
public sealed class BadInputScenarios(ITestOutputHelper output)
{
    /// <summary>Each malformed event, on each hall broker.</summary>
    public static TheoryData<HallBroker, string, string, string, string> MalformedEvents()
    {
        (string Payload, string Re, string Error, string Explanation)[] cases =
        [
            ("{not json", "", ReplyErrors.BadRequest, "invalid JSON"),
            ("""{"id":"disp-01.a1.1","kind":"ticket.request"}""", "disp-01.a1.1", ReplyErrors.BadRequest, "category"),
            ("""{"id":"disp-01.a1.2","kind":"ticket.request","category":"A",""", "disp-01.a1.2", ReplyErrors.BadRequest, "invalid JSON"),
            ("""{"id":"disp-02.a1.3","kind":"ticket.request","category":"A"}""", "disp-02.a1.3", ReplyErrors.BadRequest, "not to the sender disp-01"),
            ("""{"id":"disp-01.a1.4","kind":"counter.next"}""", "disp-01.a1.4", ReplyErrors.NotAllowed, "counter.next"),
            ("""{"id":"disp-01.a1.5","kind":"teleport"}""", "disp-01.a1.5", ReplyErrors.UnknownKind, "teleport"),
            ("""{"id":"disp-01.a1.6","kind":"ticket.request","category":"Z"}""", "disp-01.a1.6", ReplyErrors.NotAllowed, "'Z'"),
            ("[1,2,3]", "", ReplyErrors.BadRequest, "invalid JSON"),
        ];
        var data = new TheoryData<HallBroker, string, string, string, string>();
        foreach (var broker in Enum.GetValues<HallBroker>())
        {
            foreach (var (payload, re, error, explanation) in cases)
            {
                data.Add(broker, payload, re, error, explanation);
            }
        }

        return data;
    }

    [Theory(DisplayName = "04_BadInput_MalformedEvent_GetsErrorReplyOnOwnTopic")]
    [MemberData(nameof(MalformedEvents))]
    public async Task BadInput_MalformedEvent_GetsErrorReplyOnOwnTopic(HallBroker broker, string payload, string re, string error, string explanation)
    {
        await using var hub = await RunningHub.StartAsync(output, TestSite.Create(), broker: broker);
        await using var dispenser = await hub.ConnectAsync("disp-01");

        await dispenser.PublishRawAsync(dispenser.Topics.DeviceEvent(dispenser.Id), payload);
        var reply = await dispenser.ReplyToAsync(re);

        Assert.False(reply.Ok);
        Assert.Equal(error, reply.Error);
        Assert.Contains(explanation, reply.Message, StringComparison.Ordinal);
        // Nothing was issued and the hub still serves the next good press.
        var good = await dispenser.SendAsync(new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.TicketRequest, Category: "A"));
        Assert.Equal("A001", good.Ticket);
    }

    [Theory(DisplayName = "04_BadInput_OtherSpellingsOfOneEventId_RefusedAndOnlyOneTicketPrinted")]
    [ClassData(typeof(HallBrokers))]
    public async Task BadInput_OtherSpellingsOfOneEventId_RefusedAndOnlyOneTicketPrinted(HallBroker broker)
    {
        await using var hub = await RunningHub.StartAsync(output, TestSite.Create(), broker: broker);
        await using var dispenser = await hub.ConnectAsync("disp-02");

        var first = await dispenser.SendAsync(new DeviceEvent("disp-02.beef.1", DeviceEventKinds.TicketRequest, Category: "A"));
        var others = new List<DeviceReply>();
        foreach (var spelling in new[] { "disp-02.beef.01", "disp-02.BEEF.1", "disp-02.0beef.1", "disp-02.beef.1\0", "disp-002.beef.1" })
        {
            others.Add(await dispenser.SendAsync(new DeviceEvent(spelling, DeviceEventKinds.TicketRequest, Category: "A")));
        }

        Assert.Equal("A001", first.Ticket);
        Assert.All(others, r => Assert.Equal((false, ReplyErrors.BadRequest), (r.Ok, r.Error)));
        Assert.Contains("leading zeros", others[0].Message, StringComparison.Ordinal);
        Assert.Equal(1, hub.Host.Queue.Snapshot().Categories.Single(c => c.Prefix == "A").IssuedToday);
        Assert.Single(await PrintCaptures.WaitForAsync(hub.PrintFolder("p2"), 1));
    }

    [Theory(DisplayName = "04_BadInput_MalformedState_ReportedOnTechnicianPageNotFatal")]
    [ClassData(typeof(HallBrokers))]
    public async Task BadInput_MalformedState_ReportedOnTechnicianPageNotFatal(HallBroker broker)
    {
        await using var hub = await RunningHub.StartAsync(output, TestSite.Create(), broker: broker);
        await using var keypad = await hub.ConnectAsync("keypad-01");

        await keypad.PublishRawAsync(keypad.Topics.DeviceState(keypad.Id), "{\"online\":\"yes\"}");
        await keypad.PublishStateAsync(new DeviceState(Online: true, Fw: "1.0.3"));

        var status = await Eventually.UntilAsync(() => hub.Host.Devices.Find(keypad.Id)!, s => s.Online);
        Assert.Contains("online", status.LastError, StringComparison.Ordinal);
        Assert.Equal("1.0.3", status.Firmware);
    }
}
