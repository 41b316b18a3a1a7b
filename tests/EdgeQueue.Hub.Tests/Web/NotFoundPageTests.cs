using System.Net;
using EdgeQueue.Hub.Tests.Support;
using EdgeQueue.Testing;
using Xunit.Abstractions;

namespace EdgeQueue.Hub.Tests.Web;

/// <summary>A wrong address on the hub: a Polish page that says so (issue 16, item 8), never an empty answer.</summary>
public sealed class NotFoundPageTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("/nie-ma-takiej")]
    [InlineData("/t/%3Cscript%3E")]
    [InlineData("/t/%3Cscript%3E/events")]
    [InlineData("/display/nic")]
    public async Task Get_UnknownAddress_404WithThePolishPage(string path)
    {
        await using var hub = await RunningHub.StartAsync(output, TestSite.Create());
        using var http = new HttpClient { BaseAddress = hub.Host.HttpAddress };

        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Nie ma takiej strony</h1>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Get_UnknownAddressInChromium_ReadsInPolishAndAxeFindsNothing()
    {
        await using var hub = await RunningHub.StartAsync(output, TestSite.Create());
        await using var browser = await ChromiumRunner.StartAsync(new ChromiumOptions { IsMobile = true, ViewportWidth = 390, ViewportHeight = 844 });

        Assert.Equal(404, await browser.OpenAsync(new Uri(hub.Host.HttpAddress, "/t/ZZZ").ToString()));

        Assert.Equal("Nie ma takiej strony", await browser.TextAsync("h1"));
        Assert.Empty(await browser.AccessibilityViolationsAsync());
    }
}
