using EdgeQueue.Contracts.Messages;
using EdgeQueue.Hub.Tests.Support;
using EdgeQueue.Simulation.Printing;
using EdgeQueue.Testing;
using Xunit.Abstractions;

namespace EdgeQueue.Hub.Tests.Web;

/// <summary>The technician page in Chromium: all Polish, every column its README lists, usable on a phone.</summary>
public sealed class DevicesPageTests(ITestOutputHelper output)
{
    /// <summary>Words the page once showed in English (states, printer failures, broker and LED board lines).</summary>
    private static readonly string[] English =
        ["online", "offline", "PaperOut", "out of paper", "broker on", "as '", "modules", "frames", "up (", "down (", "unavailable", "never"];

    [Theory]
    [InlineData(390, 844, true)]
    [InlineData(1280, 720, false)]
    public async Task DevicesPage_DispenserOutOfPaper_PolishRowWithUptimeAndMemoryFitsTheScreen(int width, int height, bool phone)
    {
        await using var printer = new LoopbackNetworkPrinter { Status = LoopbackNetworkPrinter.PaperOutStatus };
        await using var hub = await RunningHub.StartAsync(output, TestSite.Create(json =>
        {
            var p2 = json["printers"]![1]!.AsObject();
            p2.Remove("folder");
            p2["tcp"] = $"127.0.0.1:{printer.Port}";
        }));
        await using var dispenser = await hub.ConnectAsync("disp-02");
        await dispenser.PublishStateAsync(new DeviceState(Online: true, Fw: "1.0.3", Boot: "7f3a", UptimeS: 2 * 86400 + 3 * 3600 + 125, Rssi: -61,
            FreeMem: 81234, Paper: PaperStates.Out, ConfigVersion: 1,
            Log: ["2 s połączone z brokerem 10.0.0.2:1883", "185 s utracone połączenie z brokerem", "187 s połączone z brokerem 10.0.0.2:1883"]));
        Assert.False((await dispenser.SendAsync(new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.TicketRequest, Category: "A"))).Ok);
        await Eventually.UntilAsync(() => Task.FromResult(hub.Host.Devices.Snapshot().Single(d => d.Id == "disp-02")),
            d => d.Online && d.LastError is not null && d.UptimeS is not null);

        await using var browser = await TechnicianPage.OpenAsync(hub, width, height, phone);
        var row = browser.Page.Locator("tr[data-device='disp-02']");
        await Microsoft.Playwright.Assertions.Expect(row).ToContainTextAsync("połączone", new() { Timeout = 60_000 });

        await browser.ScreenshotAsync(Path.Combine(AppContext.BaseDirectory, "screenshots", $"hub-devices-{width}x{height}.png"));
        var text = await row.InnerTextAsync();
        Assert.Contains("automat biletowy", text, StringComparison.Ordinal);
        Assert.Contains("2 d 3 godz.", text, StringComparison.Ordinal);   // uptime
        Assert.Contains("79 KB", text, StringComparison.Ordinal);         // free memory, 81,234 bytes
        Assert.Contains("brak papieru — włóż nową rolkę", text, StringComparison.Ordinal);
        Assert.Contains("187 s połączone z brokerem 10.0.0.2:1883", text, StringComparison.Ordinal); // the device's newest log line
        await row.Locator("td.log summary").ClickAsync();
        Assert.Equal(3, await row.Locator("td.log li").CountAsync());
        Assert.Contains("185 s utracone połączenie z brokerem", await row.InnerTextAsync(), StringComparison.Ordinal);
        var page = await browser.Page.Locator("body").InnerTextAsync();
        Assert.Contains("wbudowany broker MQTT", page, StringComparison.Ordinal);
        Assert.All(English, word => Assert.DoesNotContain(word, page, StringComparison.OrdinalIgnoreCase));
        Assert.True(await browser.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            $"the page scrolls sideways at {width} px");
        if (phone)
        {
            // Each cell shows its column's name on the phone, where the header row is hidden.
            Assert.Equal(["\"Czas pracy\"", "\"Wolna pamięć\""], await row.Locator("td:nth-child(8), td:nth-child(9)")
                .EvaluateAllAsync<string[]>("cells => cells.map(c => getComputedStyle(c, '::before').content)"));
        }

        Assert.Empty(await browser.AccessibilityViolationsAsync());
    }

    /// <summary>Issue 15 item 9: the page adds a keypad (its files offered for download), refuses a duplicate with the reason, then removes it.</summary>
    [Fact]
    public async Task DevicesPage_AddThenRemoveKeypad_FilesOfferedDuplicateRefusedDeviceGoneAndAxeFindsNothing()
    {
        using var folder = new TempDirectory("devices-page");
        var sitePath = folder.File("site.json");
        await using var hub = await SiteFileHall.StartAsync(output, sitePath);
        await using var browser = await TechnicianPage.OpenAsync(hub);
        var page = browser.Page;

        await page.SelectOptionAsync("#role", "keypad");
        await browser.FillAsync("#device-id", "keypad-07");
        await browser.FillAsync("#counter", "2");
        await browser.FillAsync("#wifi-ssid", "urzad-iot");
        var answer = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("#add"), r => r.Url.EndsWith("/devices/add", StringComparison.Ordinal));
        var settingsJson = System.Text.Json.Nodes.JsonNode.Parse(await answer.TextAsync())!["settingsJson"]!.GetValue<string>();

        await Microsoft.Playwright.Assertions.Expect(page.Locator("#provision-result")).ToContainTextAsync("Dodano keypad-07");
        await browser.ScreenshotAsync(Path.Combine(AppContext.BaseDirectory, "screenshots", "hub-devices-provisioning.png"));
        Assert.Equal(["edgequeue.json", "deploy.json"], await page.Locator("#downloads a").EvaluateAllAsync<string[]>("links => links.map(a => a.download)"));
        Assert.True(Firmware.Core.Settings.DeviceSettings.TryParse(settingsJson, out var settings, out var error), error);
        Assert.Equal("127.0.0.1", settings.MqttHost); // where the browser reached the hub
        Assert.NotNull(Hub.Site.SiteFileLoader.Load(sitePath).FindDevice(Contracts.DeviceId.Parse("keypad-07")));
        Assert.Empty(await browser.AccessibilityViolationsAsync());

        await page.ClickAsync("#add");
        await Microsoft.Playwright.Assertions.Expect(page.Locator("#provision-result")).ToContainTextAsync("device keypad-07 is already in the site file");
        Assert.Equal(0, await page.Locator("#downloads a").CountAsync());

        page.Dialog += (_, dialog) => _ = dialog.AcceptAsync();
        await page.ClickAsync("#remove");
        await Microsoft.Playwright.Assertions.Expect(page.Locator("#provision-result")).ToContainTextAsync("Usunięto keypad-07");
        Assert.Null(Hub.Site.SiteFileLoader.Load(sitePath).FindDevice(Contracts.DeviceId.Parse("keypad-07")));
        Assert.Empty(await browser.AccessibilityViolationsAsync());
    }
}
