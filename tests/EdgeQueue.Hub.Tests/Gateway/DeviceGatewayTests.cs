using System.Text;
using EdgeQueue.Contracts;
using EdgeQueue.Contracts.Messages;
using EdgeQueue.Hub.Devices;
using EdgeQueue.Hub.Gateway;
using EdgeQueue.Hub.Printing;
using EdgeQueue.Hub.Queue;
using EdgeQueue.Hub.Site;
using EdgeQueue.Hub.Tests.Support;
using EdgeQueue.Queue.Storage;
using EdgeQueue.Simulation.Printing;
using EdgeQueue.Testing;
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
    private readonly TempDirectory _data = new("eq-gateway");
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(1)));
    private readonly MemorySiteBus _bus = new();
    private LoopbackNetworkPrinter _networkPrinter = null!;
    private SiteQueue _store = null!;
    private StoredSiteQueue _queue = null!;
    private PrinterPool _printers = null!;
    private DeviceGateway _gateway = null!;

    public async Task InitializeAsync()
    {
        _networkPrinter = new LoopbackNetworkPrinter();
        // disp-02 prints to a network printer the tests can empty of paper; disp-01 to a capture folder.
        var site = TestSite.Create(json =>
        {
            var p2 = json["printers"]![1]!.AsObject();
            p2.Remove("folder");
            p2["tcp"] = $"127.0.0.1:{_networkPrinter.Port}";
            json["deviceRateLimit"] = new System.Text.Json.Nodes.JsonObject { ["burst"] = 3, ["perSecond"] = 1 };
        });
        _store = SiteQueue.Open(_data.File(StoredSiteQueue.FileName), site.Queue, _clock);
        _queue = new StoredSiteQueue(_store, site.TimeZone, _clock);
        _printers = new PrinterPool(site, _data.Path, _clock, TimeProvider.System);
        _gateway = new DeviceGateway(site, _bus, _queue, _printers, new DeviceRegistry(site, _clock), _clock, NullLogger.Instance);
        await _gateway.StartAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        _printers.Dispose();
        await _queue.DisposeAsync();
        await _networkPrinter.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task Event_TicketRequest_CommittedPrintedAndAnswered()
    {
        var reply = await SendAsync("disp-01", new DeviceEvent("disp-01.1.1", DeviceEventKinds.TicketRequest, Category: "A"));

        Assert.True(reply.Ok, reply.Message);
        Assert.Equal("A001", reply.Ticket);
        Assert.Equal(0, reply.Waiting);
        Assert.Equal(1, PrintCaptures.Count(_data.File("prints/p1")));
        Assert.Single(_store.State.Tickets);
    }

    [Fact]
    public async Task Event_RepeatedEventId_StoredReplyNoSecondTicketNoSecondPaper()
    {
        var press = new DeviceEvent("disp-01.1.1", DeviceEventKinds.TicketRequest, Category: "A");
        var first = await SendAsync("disp-01", press);

        var again = await SendAsync("disp-01", press);

        Assert.Equal(first.Ticket, again.Ticket);
        Assert.True(again.Ok);
        Assert.Single(_store.State.Tickets);
        Assert.Equal(1, PrintCaptures.Count(_data.File("prints/p1")));
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
        Assert.Empty(_store.State.Tickets);
    }

    [Fact]
    public async Task Event_IdOfAnotherDevice_RefusedNothingCommitted()
    {
        var reply = await SendAsync("disp-01", new DeviceEvent("disp-02.1.1", DeviceEventKinds.TicketRequest, Category: "A"));

        Assert.False(reply.Ok);
        Assert.Empty(_store.State.Tickets);
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
        Assert.Single(_store.State.Tickets);
    }

    [Fact]
    public async Task Event_KeypadNextWithNobodyWaiting_NothingToCallAndTheCounterOpened()
    {
        var reply = await SendAsync("keypad-01", new DeviceEvent("keypad-01.1.1", DeviceEventKinds.CounterNext));

        Assert.False(reply.Ok);
        Assert.Equal(ReplyErrors.NothingToCall, reply.Error);
        Assert.True(_queue.IsCounterOpen(1));
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
        _networkPrinter.Status = LoopbackNetworkPrinter.PaperOutStatus;

        var reply = await SendAsync("disp-02", new DeviceEvent("disp-02.1.1", DeviceEventKinds.TicketRequest, Category: "A"));

        Assert.False(reply.Ok);
        Assert.Equal(ReplyErrors.PrinterFailed, reply.Error);
        Assert.Null(reply.Ticket);
        Assert.Equal(0, _queue.Figures().Waiting.GetValueOrDefault("A"));
    }

    [Fact]
    public async Task Event_StoreRefusesCommits_StorageFailureNothingIssued()
    {
        _store.Store.FailCommits = true;

        var reply = await SendAsync("disp-01", new DeviceEvent("disp-01.1.1", DeviceEventKinds.TicketRequest, Category: "A"));

        Assert.False(reply.Ok);
        Assert.Equal(ReplyErrors.StorageFailure, reply.Error);
        Assert.Equal(0, PrintCaptures.Count(_data.File("prints/p1")));
        _store.Store.FailCommits = false;
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
        _clock.Advance(TimeSpan.FromSeconds(1));
        var later = await SendAsync("disp-01", new DeviceEvent("disp-01.1.5", DeviceEventKinds.TicketRequest, Category: "A"));

        Assert.Equal(ReplyErrors.RateLimited, limited.Error);
        Assert.True(later.Ok, later.Message);
        Assert.Equal(4, _store.State.Tickets.Count);
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
