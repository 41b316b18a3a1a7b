using EdgeQueue.Testing;

namespace EdgeQueue.Hub.Tests.Support;

/// <summary>The hall TV in a test: headless Chromium on the hub's <c>/display</c>, after its first render.</summary>
internal static class HallScreen
{
    public static async Task<ChromiumRunner> OpenAsync(RunningHub hub, int width = 1920, int height = 1080)
    {
        var browser = await ChromiumRunner.StartAsync(new ChromiumOptions { ViewportWidth = width, ViewportHeight = height });
        try
        {
            Assert.Equal(200, await browser.OpenAsync(new Uri(hub.Host.HttpAddress, "/display").ToString()));
            await browser.WaitForSelectorAsync("body[data-version]");
            return browser;
        }
        catch
        {
            await browser.DisposeAsync();
            throw;
        }
    }
}
