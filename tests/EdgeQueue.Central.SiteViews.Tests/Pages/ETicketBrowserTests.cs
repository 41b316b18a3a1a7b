using EdgeQueue.Testing;
using Microsoft.Playwright;

namespace EdgeQueue.Central.SiteViews.Tests.Pages;

/// <summary>The e-ticket page in headless Debian Chromium on a phone-sized screen, against central on Kestrel.</summary>
public sealed class ETicketBrowserTests
{
    private static async Task ExpectTextAsync(ChromiumRunner browser, string selector, string text) =>
        await Assertions.Expect(browser.Page.Locator(selector)).ToHaveTextAsync(text, new() { Timeout = 60_000 });

    [Fact]
    public async Task ETicket_TicketMovesAfterACall_PositionDropsWithoutReload()
    {
        await using var server = await SiteViewsServer.StartAsync(kestrel: true);
        var now = TimeProvider.System.GetUtcNow();
        server.Feed.SetStatus("olsztyn", HallStatus.Of(now, ["A018", "A019", "A020"], (1, "A017")), now);
        await using var browser = await ChromiumRunner.StartAsync(new ChromiumOptions { IsMobile = true, ViewportWidth = 390, ViewportHeight = 844 });

        Assert.Equal(200, await browser.OpenAsync(server.BaseUrl + "/e/olsztyn/A020"));
        await ExpectTextAsync(browser, "#e-ahead", "2 osoby");
        await browser.WaitForSelectorAsync("[data-place]");
        var loads = 0;
        browser.Page.Load += (_, _) => loads++;

        // Counter 1 calls the next ticket: A018 leaves the queue, A020 moves up.
        server.Feed.SetStatus("olsztyn", HallStatus.Of(now.AddSeconds(30), ["A019", "A020"], (1, "A018")), now.AddSeconds(30));
        await ExpectTextAsync(browser, "#e-ahead", "1 osoba");
        await ExpectTextAsync(browser, "#e-serving", "A018 (stanowisko 1)");
        Assert.False(await browser.Page.Locator("#e-stale").IsVisibleAsync());
        var screenshot = await browser.ScreenshotAsync(Path.Combine(AppContext.BaseDirectory, "screenshots", "eticket-phone.png"));
        Assert.True(new FileInfo(screenshot).Length > 10_000);
        var violations = await browser.AccessibilityViolationsAsync();
        Assert.True(violations.Count == 0, string.Join("\n", violations));

        // Called to the counter.
        server.Feed.SetStatus("olsztyn", HallStatus.Of(now.AddSeconds(60), [], (1, "A019"), (2, "A020")), now.AddSeconds(60));
        await ExpectTextAsync(browser, "#e-headline", "Zapraszamy!");
        await ExpectTextAsync(browser, "#e-detail", "Podejdź do stanowiska numer 2.");
        Assert.Equal(0, loads);
        Assert.Empty(await browser.AccessibilityViolationsAsync());

        // Served: the ticket leaves the status; the headline turns plain, not a green box.
        server.Feed.SetStatus("olsztyn", HallStatus.Of(now.AddSeconds(90), [], (1, "A019")), now.AddSeconds(90));
        await ExpectTextAsync(browser, "#e-headline", "Bilet nie czeka w kolejce");
        Assert.Equal("plain", await browser.Page.Locator("#e-headline").GetAttributeAsync("class"));
    }

    [Fact]
    public async Task ETicket_WithoutJavaScript_RefreshLinkShowsNewPosition()
    {
        await using var server = await SiteViewsServer.StartAsync(kestrel: true);
        var now = TimeProvider.System.GetUtcNow();
        server.Feed.SetStatus("olsztyn", HallStatus.Of(now, ["A018", "A019", "A020"]), now);
        await using var browser = await ChromiumRunner.StartAsync(new ChromiumOptions { JavaScriptEnabled = false, IsMobile = true, ViewportWidth = 390, ViewportHeight = 844 });

        Assert.Equal(200, await browser.OpenAsync(server.BaseUrl + "/e/olsztyn/A020"));
        Assert.Equal("2 osoby", await browser.TextAsync("#e-ahead"));
        server.Feed.SetStatus("olsztyn", HallStatus.Of(now.AddSeconds(30), ["A020"], (1, "A019")), now.AddSeconds(30));
        await browser.ClickAsync("#e-refresh");

        Assert.Equal("0 osób", await browser.TextAsync("#e-ahead"));
        Assert.Equal("około 4 min", await browser.TextAsync("#e-eta"));
    }
}
