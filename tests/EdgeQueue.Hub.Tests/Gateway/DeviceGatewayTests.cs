using System.Text;
using EdgeQueue.Contracts;
using EdgeQueue.Contracts.Messages;
using EdgeQueue.Hub.Gateway;
using EdgeQueue.Hub.Tests.Support;
using EdgeQueue.Simulation.Printing;
using Microsoft.Extensions.Logging.Abstractions;

namespace EdgeQueue.Hub.Tests.Gateway;

/// <summary>
/// The gateway alone: a device's event in, the reply out, with the real queue on a SQLite file and
/// real printer ports (capture folder, a loopback network printer). The bus is its in-memory seam;
/// the numbered scenarios (EndToEnd/) run the same paths over real brokers.
/// </summary>
public sealed class DeviceGatewayTests : IAsyncLifetime
{
    private static readonly SiteTopics Topics = new(TestSite.SiteId);
    private readonly MemorySiteBus _bus = new();
    private PrintingHall _hall = null!;
    private DeviceGateway _gateway = null!;

    public async Task InitializeAsync()
    {
        _hall = PrintingHall.Open("eq-gateway",
            json => json["deviceRateLimit"] = new System.Text.Json.Nodes.JsonObject { ["burst"] = 3, ["perSecond"] = 1 });
        _gateway = new DeviceGateway(_hall.Site, _bus, _hall.Queue, _hall.Printing, _hall.Registry, _hall.Clock, NullLogger.Instance);
        await _gateway.StartAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _hall.DisposeAsync();
    }

    [Fact]
    public async Task Event_TicketRequest_CommittedPrintedAndAnswered()
    {
        var reply = await SendAsync("disp-01", new DeviceEvent("disp-01.1.1", DeviceEventKinds.TicketRequest, Category: "A"));

        Assert.True(reply.Ok, reply.Message);
        Assert.Equal("A001", reply.Ticket);
        Assert.Equal(0, reply.Waiting);
        Assert.Equal(1, PrintCaptures.Count(_hall.Captures));
        Assert.Single(_hall.Store.State.Tickets);
    }

    [Fact]
    public async Task Event_RepeatedEventId_StoredReplyNoSecondTicketNoSecondPaper()
    {
        var press = new DeviceEvent("disp-01.1.1", DeviceEventKinds.TicketRequest, Category: "A");
        var first = await SendAsync("disp-01", press);

        var again = await SendAsync("disp-01", press);

        Assert.Equal(first.Ticket, again.Ticket);
        Assert.True(again.Ok);
        Assert.Single(_hall.Store.State.Tickets);
        Assert.Equal(1, PrintCaptures.Count(_hall.Captures));
    }

    [Theory]
    [InlineData("{not json", "bad-request")]
    [InlineData("""{"id":"disp-01.1.1","kind":"ticket.request"}""", "bad-request")]
    [InlineData("""{"id":"disp-01.1.1","kind":"ticket.teleport","category":"A"}""", "unknown-kind")]
    [InlineData("""{"id":"disp-01.01.1","kind":"ticket.request","category":"A"}""", "bad-request")]
    public async Task Event_Malformed_RefusedWithTheReasonAndNothingCommitted(string payload, string error)
    {
        var reply = await SendRawAsync("disp-01", payload);

        Assert.False(reply.Ok);
        Assert.Equal(error, reply.Error);
        Assert.False(string.IsNullOrWhiteSpace(reply.Message));
        Assert.Empty(_hall.Store.State.Tickets);
    }

    [Fact]
    public async Task Event_IdOfAnotherDevice_RefusedNothingCommitted()
    {
        var reply = await SendAsync("disp-01", new DeviceEvent("disp-02.1.1", DeviceEventKinds.TicketRequest, Category: "A"));

        Assert.False(reply.Ok);
        Assert.Empty(_hall.Store.State.Tickets);
    }

    [Fact]
    public async Task Event_CategoryNotOnTheDispensersButtons_NotAllowed()
    {
        var reply = await SendAsync("disp-01", new DeviceEvent("disp-01.1.1", DeviceEventKinds.TicketRequest, Category: "C"));

        Assert.False(reply.Ok);
        Assert.Equal(ReplyErrors.NotAllowed, reply.Error);
    }

    [Fact]
    public async Task Event_DeviceNotInTheSiteFile_IgnoredNothingCommitted()
    {
        await _bus.DeliverAsync(Topics.DeviceEvent(DeviceId.Parse("disp-09")),
            ContractJson.Serialize(new DeviceEvent("disp-09.1.1", DeviceEventKinds.TicketRequest, Category: "A")));
        var known = await SendAsync("disp-01", new DeviceEvent("disp-01.1.1", DeviceEventKinds.TicketRequest, Category: "A"));

        Assert.Equal("A001", known.Ticket);
        Assert.Single(_hall.Store.State.Tickets);
    }

    [Fact]
    public async Task Event_KeypadNextWithNobodyWaiting_NothingToCallAndTheCounterOpened()
    {
        var reply = await SendAsync("keypad-01", new DeviceEvent("keypad-01.1.1", DeviceEventKinds.CounterNext));

        Assert.False(reply.Ok);
        Assert.Equal(ReplyErrors.NothingToCall, reply.Error);
        Assert.True(_hall.Queue.IsCounterOpen(1));
    }

    [Fact]
    public async Task Event_KeypadNext_CallsTheWaitingTicketToItsCounter()
    {
        await SendAsync("disp-01", new DeviceEvent("disp-01.1.1", DeviceEventKinds.TicketRequest, Category: "A"));

        var reply = await SendAsync("keypad-01", new DeviceEvent("keypad-01.1.1", DeviceEventKinds.CounterNext));

        Assert.True(reply.Ok, reply.Message);
        Assert.Equal("A001", reply.Ticket);
        Assert.Equal(1, reply.Counter);
    }

    [Fact]
    public async Task Event_PrinterOutOfPaper_PrinterFailedAndTheWalkInTicketVoid()
    {
        _hall.NetworkPrinter.Status = LoopbackNetworkPrinter.PaperOutStatus;

        var reply = await SendAsync("disp-02", new DeviceEvent("disp-02.1.1", DeviceEventKinds.TicketRequest, Category: "A"));

        Assert.False(reply.Ok);
        Assert.Equal(ReplyErrors.PrinterFailed, reply.Error);
        Assert.Null(reply.Ticket);
        Assert.Equal(0, _hall.Queue.Figures().Waiting.GetValueOrDefault("A"));
    }

    [Fact]
    public async Task Event_StoreRefusesCommits_StorageFailureNothingIssued()
    {
        _hall.Store.Store.FailCommits = true;

        var reply = await SendAsync("disp-01", new DeviceEvent("disp-01.1.1", DeviceEventKinds.TicketRequest, Category: "A"));

        Assert.False(reply.Ok);
        Assert.Equal(ReplyErrors.StorageFailure, reply.Error);
        Assert.Equal(0, PrintCaptures.Count(_hall.Captures));
        _hall.Store.Store.FailCommits = false;
        var retried = await SendAsync("disp-01", new DeviceEvent("disp-01.1.1", DeviceEventKinds.TicketRequest, Category: "A"));
        Assert.Equal("A001", retried.Ticket);
    }

    [Fact]
    public async Task Event_BeyondTheDevicesBurst_RateLimitedUntilTheClockRefillsIt()
    {
        for (var seq = 1; seq <= 3; seq++)
        {
            Assert.True((await SendAsync("disp-01", new DeviceEvent($"disp-01.1.{seq}", DeviceEventKinds.TicketRequest, Category: "A"))).Ok);
        }

        var limited = await SendAsync("disp-01", new DeviceEvent("disp-01.1.4", DeviceEventKinds.TicketRequest, Category: "A"));
        _hall.Clock.Advance(TimeSpan.FromSeconds(1));
        var later = await SendAsync("disp-01", new DeviceEvent("disp-01.1.5", DeviceEventKinds.TicketRequest, Category: "A"));

        Assert.Equal(ReplyErrors.RateLimited, limited.Error);
        Assert.True(later.Ok, later.Message);
        Assert.Equal(4, _hall.Store.State.Tickets.Count);
    }

    private Task<DeviceReply> SendAsync(string device, DeviceEvent message) =>
        SendRawAsync(device, Encoding.UTF8.GetString(ContractJson.Serialize(message)));

    private async Task<DeviceReply> SendRawAsync(string device, string payload)
    {
        var id = DeviceId.Parse(device);
        await _bus.DeliverAsync(Topics.DeviceEvent(id), Encoding.UTF8.GetBytes(payload));
        var reply = await _bus.NextAsync(Topics.DeviceReply(id));
        return ContractJson.Deserialize<DeviceReply>(reply.Payload.Span);
    }
}
