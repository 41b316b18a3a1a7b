using EdgeQueue.Contracts.Messages;
using EdgeQueue.Hub.Tests.Support;
using EdgeQueue.Testing;
using EdgeQueue.Simulation.Printing;
using Xunit.Abstractions;

namespace EdgeQueue.Hub.Tests.EndToEnd;

/// <summary>What the hub does by the clock alone (a manual clock here; sockets stay on real time).</summary>
public sealed class ClockScenarios(ITestOutputHelper output)
{
    private static readonly TimeZoneInfo Warsaw = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");

    [Theory(DisplayName = "08_Clock_NextMorning_HubStartsNewDayBeforeFirstPress")]
    [ClassData(typeof(HallBrokers))]
    public async Task Clock_NextMorning_HubStartsNewDayBeforeFirstPress(HallBroker broker)
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(1)), Warsaw);
        await using var hub = await RunningHub.StartAsync(output, TestSite.Create(), time: clock, broker: broker);
        await using var dispenser = await hub.ConnectAsync("disp-01");
        await dispenser.SendAsync(new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.TicketRequest, Category: "A"));
        await dispenser.SendAsync(new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.TicketRequest, Category: "A"));
        await Eventually.UntilAsync(() => hub.Host.Board.Current, v => v.Categories.Single(c => c.Prefix == "A").Waiting == 2);

        clock.AdvanceTo(new DateTimeOffset(2026, 11, 24, 7, 0, 0, TimeSpan.FromHours(1)));

        var morning = await Eventually.UntilAsync(() => hub.Host.Board.Current, v => v.Categories.Single(c => c.Prefix == "A").Waiting == 0);
        Assert.Equal(0, morning.Categories.Sum(c => c.Waiting));
        Assert.Equal(new DateOnly(2026, 11, 24), hub.Host.Queue.State.Day);
        var first = await dispenser.SendAsync(new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.TicketRequest, Category: "A"));
        Assert.Equal("A001", first.Ticket);
    }

    [Theory(DisplayName = "08_Clock_PrinterRunsOutOfPaper_TechnicianSeesItBeforeNextPress")]
    [ClassData(typeof(HallBrokers))]
    public async Task Clock_PrinterRunsOutOfPaper_TechnicianSeesItBeforeNextPress(HallBroker broker)
    {
        await using var printer = new LoopbackNetworkPrinter();
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(1)), Warsaw);
        var site = TestSite.Create(json =>
        {
            var p2 = json["printers"]![1]!.AsObject();
            p2.Remove("folder");
            p2["tcp"] = $"127.0.0.1:{printer.Port}";
        });
        await using var hub = await RunningHub.StartAsync(output, site, time: clock, broker: broker);

        clock.Advance(TimeSpan.FromMinutes(1));
        await Eventually.UntilAsync(() => hub.Host.Devices.Find(Contracts.DeviceId.Parse("disp-02"))!, d => d.Paper == PaperStates.Ok);
        printer.Status = LoopbackNetworkPrinter.PaperOutStatus;
        clock.Advance(TimeSpan.FromMinutes(1));

        var status = await Eventually.UntilAsync(() => hub.Host.Devices.Find(Contracts.DeviceId.Parse("disp-02"))!, d => d.Paper == PaperStates.Out);
        Assert.Equal(PaperStates.Out, status.Paper);
        Assert.Empty(printer.Jobs);
    }

    [Fact(DisplayName = "08_Clock_HallScreen_ShowsTheHubsTimeNotTheTVs")]
    public async Task Clock_HallScreen_ShowsTheHubsTimeNotTheTVs()
    {
        // The hub's day is at 14:00 in Warsaw; this machine's (and the TV's) clock is not.
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 23, 14, 0, 0, TimeSpan.FromHours(1)), Warsaw);
        await using var hub = await RunningHub.StartAsync(output, TestSite.Create(), time: clock);
        using var http = new HttpClient { BaseAddress = hub.Host.HttpAddress };
        var reading = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync(new Uri("/display/clock", UriKind.Relative))).RootElement;
        Assert.Equal(clock.GetUtcNow(), reading.GetProperty("now").GetDateTimeOffset());
        Assert.Equal(1, reading.GetProperty("speed").GetDouble());

        await using var browser = await HallScreen.OpenAsync(hub);

        await browser.WaitForSelectorAsync("#clock:text-matches('^14:00:')");
        Assert.StartsWith("14:00:", await browser.TextAsync("#clock"), StringComparison.Ordinal);
    }
}
