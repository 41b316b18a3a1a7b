using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EdgeQueue.Contracts.Messages;
using EdgeQueue.Hardware.Indicators;
using EdgeQueue.Hub.Tests.Support;
using EdgeQueue.Simulation.Gpio;
using EdgeQueue.Simulation.Lights;
using EdgeQueue.Simulation.Printing;
using EdgeQueue.Testing;
using Xunit.Abstractions;

namespace EdgeQueue.Hub.Tests.EndToEnd;

/// <summary>
/// The hub's own fixtures from the site file's <c>gpio</c> section: the whole hub runs, its pins are
/// the simulated System.Device.Gpio driver (edges in, levels out), its clock is manual.
/// </summary>
public sealed class FixtureScenarios(ITestOutputHelper output)
{
    private const int Red = 17;
    private const int Green = 27;
    private const int Blue = 22;
    private const int ServiceButton = 23;

    [Fact(DisplayName = "10_Fixtures_HallServing_LightGreenThenRedWhileTheStoreRefusesCommits")]
    public async Task Fixtures_HallServing_LightGreenThenRedWhileTheStoreRefusesCommits()
    {
        var pins = new SimulatedGpioDriver();
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.FromHours(1)));
        await using var hub = await RunningHub.StartAsync(output, WiredSite(), time: clock, hardware: o => o with { Gpio = pins });
        await using var dispenser = await hub.ConnectAsync("disp-01");
        var serving = Light(pins);

        hub.Host.Queue.Store.FailCommits = true;
        var refused = await dispenser.SendAsync(new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.TicketRequest, Category: "A"));
        var failing = Light(pins);
        hub.Host.Queue.Store.FailCommits = false;
        clock.Advance(TimeSpan.FromSeconds(5));
        await Eventually.UntilAsync(() => !hub.Host.Queue.Storage.Failing, "the store's probe finds it works again");

        Assert.Equal((false, true, false), serving);
        Assert.Equal(ReplyErrors.StorageFailure, refused.Error);
        Assert.Equal((true, false, false), failing);
        Assert.Equal((false, true, false), Light(pins));
        Assert.Equal(StatusLightColor.Green, hub.Host.Fixtures!.StatusLight!.Color);
    }

    [Fact(DisplayName = "10_Fixtures_ServiceButtonPressed_TestTicketOnEveryPrinterAndATestAnnouncement")]
    public async Task Fixtures_ServiceButtonPressed_TestTicketOnEveryPrinterAndATestAnnouncement()
    {
        var pins = new SimulatedGpioDriver();
        await using var hub = await RunningHub.StartAsync(output, WiredSite(), hardware: o => o with { Gpio = pins });

        pins.Press(ServiceButton);
        pins.Release(ServiceButton);
        await hub.Host.Fixtures!.ServiceTestsDone;

        foreach (var printer in hub.Site.Printers)
        {
            var paper = Assert.Single(await PrintCaptures.WaitForAsync(hub.PrintFolder(printer.Id), 1));
            Assert.Contains(paper.Texts, line => line.Contains("TEST", StringComparison.Ordinal));
            Assert.Contains(paper.Texts, line => line.Contains(printer.Id, StringComparison.Ordinal));
        }

        await Eventually.UntilAsync(() => Directory.GetFiles(hub.Host.AnnouncementFolder!, "*A000.wav").Length == 1, "the test announcement");
        Assert.Empty(hub.Host.Queue.State.Tickets);
    }

    [Fact(DisplayName = "10_Fixtures_ServiceButtonHeldFiveSeconds_TechnicianModeOnThePageAndTheLightBlinksBlue")]
    public async Task Fixtures_ServiceButtonHeldFiveSeconds_TechnicianModeOnThePageAndTheLightBlinksBlue()
    {
        var pins = new SimulatedGpioDriver();
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.FromHours(1)));
        await using var hub = await RunningHub.StartAsync(output, WiredSite(), time: clock, hardware: o => o with { Gpio = pins });

        pins.Press(ServiceButton);
        clock.Advance(TimeSpan.FromSeconds(4.9));
        var notYet = hub.Host.TechnicianMode.Active;
        clock.Advance(TimeSpan.FromSeconds(0.1));
        pins.Release(ServiceButton);
        var lit = Light(pins);
        clock.Advance(BlinkingLight.BlinkHalfPeriod);
        var dark = Light(pins);
        var page = await DevicesJsonAsync(hub);

        Assert.False(notYet);
        Assert.True(hub.Host.TechnicianMode.Active);
        Assert.Equal((false, false, true), lit);
        Assert.Equal((false, false, false), dark);
        Assert.Equal("blue blinking", page.GetProperty("statusLight").GetString());
        Assert.Equal(clock.GetUtcNow() - BlinkingLight.BlinkHalfPeriod, page.GetProperty("technicianModeSince").GetDateTimeOffset());
        Assert.Empty(hub.Site.Printers.SelectMany(p => Directory.Exists(hub.PrintFolder(p.Id)) ? Directory.GetFiles(hub.PrintFolder(p.Id)) : []));

        pins.Press(ServiceButton);
        clock.Advance(TimeSpan.FromSeconds(5));
        pins.Release(ServiceButton);
        Assert.False(hub.Host.TechnicianMode.Active);
        Assert.Equal((false, true, false), Light(pins));
    }

    [Fact(DisplayName = "10_Fixtures_TechnicianModeForgotten_EndsByItselfAfterHalfAnHour")]
    public async Task Fixtures_TechnicianModeForgotten_EndsByItselfAfterHalfAnHour()
    {
        var pins = new SimulatedGpioDriver();
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.FromHours(1)));
        await using var hub = await RunningHub.StartAsync(output, WiredSite(), time: clock, hardware: o => o with { Gpio = pins });
        pins.Press(ServiceButton);
        clock.Advance(TimeSpan.FromSeconds(5));
        pins.Release(ServiceButton);

        clock.Advance(TimeSpan.FromMinutes(30));

        Assert.False(hub.Host.TechnicianMode.Active);
        Assert.Equal((false, true, false), Light(pins));
    }

    [Fact(DisplayName = "10_Fixtures_PrinterOutOfPaper_LightRed")]
    public async Task Fixtures_PrinterOutOfPaper_LightRed()
    {
        await using var printer = new LoopbackNetworkPrinter { Status = LoopbackNetworkPrinter.PaperOutStatus };
        var pins = new SimulatedGpioDriver();
        var site = WiredSite(json =>
        {
            var p2 = json["printers"]![1]!.AsObject();
            p2.Remove("folder");
            p2["tcp"] = $"127.0.0.1:{printer.Port}";
        });
        await using var hub = await RunningHub.StartAsync(output, site, hardware: o => o with { Gpio = pins });
        await using var dispenser = await hub.ConnectAsync("disp-02");

        var reply = await dispenser.SendAsync(new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.TicketRequest, Category: "A"));

        Assert.Equal(ReplyErrors.PrinterFailed, reply.Error);
        Assert.Equal((true, false, false), Light(pins));
    }

    [Fact(DisplayName = "10_Fixtures_SiteFileWithoutGpio_NoPinOpenedAndNoLightOnThePage")]
    public async Task Fixtures_SiteFileWithoutGpio_NoPinOpenedAndNoLightOnThePage()
    {
        var pins = new SimulatedGpioDriver();
        await using var hub = await RunningHub.StartAsync(output, TestSite.Create(), hardware: o => o with { Gpio = pins });

        var page = await DevicesJsonAsync(hub);

        Assert.Null(hub.Host.Fixtures);
        Assert.Empty(pins.OpenPins);
        Assert.False(page.TryGetProperty("statusLight", out _));
    }

    [Fact(DisplayName = "10_Fixtures_Ws2812StatusLight_GreenThenBlueBlinkingInTechnicianMode")]
    public async Task Fixtures_Ws2812StatusLight_GreenThenBlueBlinkingInTechnicianMode()
    {
        var pins = new SimulatedGpioDriver();
        var strip = new SimulatedWs2812Strip(1);
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.FromHours(1)));
        var site = TestSite.Create(json => json["gpio"] = new JsonObject
        {
            ["statusLight"] = new JsonObject { ["ws2812"] = new JsonObject { ["bus"] = 0, ["cs"] = 1, ["brightness"] = 100 } },
            ["serviceButton"] = ServiceButton,
        });
        await using var hub = await RunningHub.StartAsync(output, site, time: clock, hardware: o => o with { Gpio = pins, StatusLightSpi = strip });
        var serving = strip.Color(0);

        pins.Press(ServiceButton);
        clock.Advance(TimeSpan.FromSeconds(5));
        pins.Release(ServiceButton);
        var technician = strip.Color(0);
        clock.Advance(BlinkingLight.BlinkHalfPeriod);

        Assert.Equal(((byte)0, (byte)255, (byte)0), serving);
        Assert.Equal(((byte)0, (byte)0, (byte)255), technician);
        Assert.Equal(((byte)0, (byte)0, (byte)0), strip.Color(0));
    }

    [Fact(DisplayName = "10_Fixtures_GpioChipMissing_HallServedAndThePageSaysWhyTheLightIsOff")]
    public async Task Fixtures_GpioChipMissing_HallServedAndThePageSaysWhyTheLightIsOff()
    {
        // No driver given: the hub opens libgpiod's gpiochip15, which no build machine or Pi has.
        var site = WiredSite(json => json["gpio"]!["chip"] = 15);
        await using var hub = await RunningHub.StartAsync(output, site);
        await using var dispenser = await hub.ConnectAsync("disp-01");

        var reply = await dispenser.SendAsync(new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.TicketRequest, Category: "A"));
        var page = await DevicesJsonAsync(hub);

        Assert.Equal("A001", reply.Ticket);
        Assert.Null(hub.Host.Fixtures);
        Assert.StartsWith("unavailable: gpio.chip 15 cannot be opened", page.GetProperty("statusLight").GetString(), StringComparison.Ordinal);
    }

    private static Hub.Site.SiteDefinition WiredSite(Action<JsonObject>? more = null) => TestSite.Create(json =>
    {
        json["gpio"] = new JsonObject
        {
            ["chip"] = 0,
            ["statusLight"] = new JsonObject { ["red"] = Red, ["green"] = Green, ["blue"] = Blue },
            ["serviceButton"] = ServiceButton,
        };
        more?.Invoke(json);
    });

    private static (bool Red, bool Green, bool Blue) Light(SimulatedGpioDriver pins) =>
        (pins.Level(Red) == 1, pins.Level(Green) == 1, pins.Level(Blue) == 1);

    private static async Task<JsonElement> DevicesJsonAsync(RunningHub hub)
    {
        using var http = new HttpClient { BaseAddress = hub.Host.HttpAddress, Timeout = TestDevice.Timeout };
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/devices.json", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{TestSite.TechnicianUser}:{TestSite.TechnicianPassword}")));
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
