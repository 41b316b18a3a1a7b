using EdgeQueue.Contracts.Messages;
using EdgeQueue.Hub.Tests.Support;
using EdgeQueue.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace EdgeQueue.Hub.Tests.Web;

/// <summary>The hub's fallback e-ticket page on a phone in headless Chromium, driven by real devices over MQTT.</summary>
public sealed class TicketPageLiveTests(ITestOutputHelper output)
{
    private static Task ExpectTextAsync(ChromiumRunner browser, string selector, string text) =>
        Assertions.Expect(browser.Page.Locator(selector)).ToHaveTextAsync(text, new() { Timeout = 60_000 });

    [Fact]
    public async Task TicketPage_ClerkCallsNext_PositionDropsWithoutReload()
    {
        await using var hub = await RunningHub.StartAsync(output, TestSite.Create());
        await using var dispenser = await hub.ConnectAsync("disp-01");
        await using var keypad = await hub.ConnectAsync("keypad-01");
        for (var i = 0; i < 3; i++)
        {
            await dispenser.SendAsync(new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.TicketRequest, Category: "A"));
        }

        await using var browser = await ChromiumRunner.StartAsync(new ChromiumOptions { IsMobile = true, ViewportWidth = 390, ViewportHeight = 844 });
        Assert.Equal(200, await browser.OpenAsync(new Uri(hub.Host.HttpAddress, "/t/A003").ToString()));
        Assert.Equal("2 osoby", await browser.TextAsync("#ahead"));
        await browser.WaitForSelectorAsync("body[data-place=waiting]");
        Assert.Empty(await browser.AccessibilityViolationsAsync());
        var loads = 0;
        browser.Page.Load += (_, _) => loads++;

        var reply = await keypad.SendAsync(new DeviceEvent(keypad.NextEventId(), DeviceEventKinds.CounterNext));

        Assert.True(reply.Ok, reply.Message);
        await ExpectTextAsync(browser, "#ahead", "1 osoba");
        await ExpectTextAsync(browser, "#serving", "A001 (stanowisko 1)");
        await keypad.SendAsync(new DeviceEvent(keypad.NextEventId(), DeviceEventKinds.CounterNext));
        await keypad.SendAsync(new DeviceEvent(keypad.NextEventId(), DeviceEventKinds.CounterNext));
        await ExpectTextAsync(browser, "#status", "Zapraszamy!");
        await ExpectTextAsync(browser, "#detail", "Stanowisko 1");
        Assert.Equal(0, loads);
        Assert.Empty(await browser.AccessibilityViolationsAsync());
    }
}
