using EdgeQueue.Central.SiteViews.Tests.Statistics;
using EdgeQueue.Testing;

namespace EdgeQueue.Central.SiteViews.Tests.Pages;

/// <summary>The statistics dashboard in headless Chromium: log-in, charts drawn, CSV link downloads the rows.</summary>
public sealed class StatisticsBrowserTests
{
    [Fact]
    public async Task Dashboard_Administrator_ChartsVisibleAndCsvDownloads()
    {
        await using var server = await SiteViewsServer.StartAsync(kestrel: true);
        server.Feed.AddEvents(KnownDay.Site, KnownDay.Events());
        await using var browser = await ChromiumRunner.StartAsync();
        await browser.OpenAsync(server.BaseUrl + "/logowanie?ReturnUrl=%2Fstatystyki%3Fod%3D2026-12-01%26do%3D2026-12-02");
        await browser.Page.GetByLabel("Login", new() { Exact = true }).FillAsync("admin");
        await browser.Page.GetByLabel("Hasło", new() { Exact = true }).FillAsync(SiteViewsServer.AdminPassword);
        await browser.ClickAsync("button[type=submit]");

        await browser.WaitForSelectorAsync("svg.chart rect");
        var bars = await browser.Page.Locator("svg.chart").First.Locator("rect").CountAsync();
        var box = await browser.Page.Locator("svg.chart").First.BoundingBoxAsync();
        var screenshot = await browser.ScreenshotAsync(Path.Combine(AppContext.BaseDirectory, "screenshots", "statistics.png"));
        var download = await browser.Page.RunAndWaitForDownloadAsync(() => browser.Page.Locator("#csv").ClickAsync());
        var csv = await File.ReadAllTextAsync(await download.PathAsync());

        Assert.Equal(2, bars);
        Assert.True(box!.Width > 300, $"chart only {box.Width}px wide");
        Assert.True(new FileInfo(screenshot).Length > 10_000);
        Assert.Equal("statystyki-2026-12-01-2026-12-02.csv", download.SuggestedFilename);
        Assert.Contains("olsztyn;2026-12-01;kategoria;A;5;2;1;1;135;180;270;300;2;2;1;1", csv, StringComparison.Ordinal);
    }
}
