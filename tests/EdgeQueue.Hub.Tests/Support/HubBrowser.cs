using EdgeQueue.Testing;

namespace EdgeQueue.Hub.Tests.Support;

/// <summary>Headless Chromium on one of the hub's pages, returned once the page's first render is on screen.</summary>
internal static class HubBrowser
{
    public static async Task<ChromiumRunner> OpenAsync(
        RunningHub hub, string path, string renderedSelector, ChromiumOptions options, IDictionary<string, string>? headers = null)
    {
        var browser = await ChromiumRunner.StartAsync(options);
        try
        {
            if (headers is not null)
            {
                await browser.Page.SetExtraHTTPHeadersAsync(headers);
            }

            Assert.Equal(200, await browser.OpenAsync(new Uri(hub.Host.HttpAddress, path).ToString()));
            await browser.WaitForSelectorAsync(renderedSelector);
            return browser;
        }
        catch
        {
            await browser.DisposeAsync();
            throw;
        }
    }
}
