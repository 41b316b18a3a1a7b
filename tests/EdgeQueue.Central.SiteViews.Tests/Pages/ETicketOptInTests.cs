using System.Net;
using EdgeQueue.Central.SiteViews.Notifications;
using EdgeQueue.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace EdgeQueue.Central.SiteViews.Tests.Pages;

/// <summary>
/// The SMS opt-in under attack, on a real Kestrel: made-up sites and tickets, many phones for one
/// ticket, one ticket changed over and over, and one client hiding behind made-up forwarded addresses.
/// </summary>
public sealed class ETicketOptInTests
{
    private const string NotWaiting = "Powiadomienie SMS można zamówić tylko dla biletu, który czeka teraz w kolejce.";
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Post_SiteThatDoesNotExist_RefusedNothingHeld()
    {
        await using var server = await StartAsync();
        using var client = server.CreateClient();

        var page = await OptInAsync(client, "/e/fake-site/A001", "600100200", 1);

        Assert.Contains(NotWaiting, page, StringComparison.Ordinal);
        Assert.Equal(0, Alerts(server).Count);
    }

    [Theory]
    [InlineData("A017")]   // at a counter now
    [InlineData("A099")]   // not issued, served or removed
    public async Task Post_TicketNotWaiting_RefusedNothingHeld(string ticket)
    {
        await using var server = await StartAsync();
        using var client = server.CreateClient();

        var page = await OptInAsync(client, $"/e/olsztyn/{ticket}", "600100200", 1);

        Assert.Contains(NotWaiting, page, StringComparison.Ordinal);
        Assert.Equal(0, Alerts(server).Count);
    }

    [Fact]
    public async Task Post_ManyPhonesForOneWaitingTicket_OnlyTheFirstHeld()
    {
        await using var server = await StartAsync();
        using var client = server.CreateClient();

        var first = await OptInAsync(client, "/e/olsztyn/A020", "600100200", 1);
        var second = await OptInAsync(client, "/e/olsztyn/A020", "600100201", 1);
        for (var phone = 2; phone < 6; phone++)
        {
            await OptInAsync(client, "/e/olsztyn/A020", $"60010020{phone}", 1);
        }

        Assert.Contains("Wyślemy SMS", first, StringComparison.Ordinal);
        Assert.Contains("Dla tego biletu zamówiono już powiadomienie SMS.", second, StringComparison.Ordinal);
        var held = Assert.Single(Alerts(server).Held());
        Assert.Equal("+48600100200", held.Phone);
    }

    [Fact]
    public async Task Post_OneTicketChangedOverAndOver_LimitedPerTicket()
    {
        await using var server = await StartAsync();
        using var client = server.CreateClient();

        var pages = new List<string>();
        foreach (var ahead in new[] { 1, 3, 5, 10, 1 })
        {
            pages.Add(await OptInAsync(client, "/e/olsztyn/A020", "600100200", ahead));
        }

        Assert.All(pages.Take(TicketAlerts.PostsPerTicket), page => Assert.Contains("Wyślemy SMS", page, StringComparison.Ordinal));
        Assert.All(pages.Skip(TicketAlerts.PostsPerTicket), page => Assert.Contains("Zbyt wiele zmian powiadomienia dla tego biletu.", page, StringComparison.Ordinal));
        Assert.Equal(5, Assert.Single(Alerts(server).Held()).Ahead);
    }

    [Fact]
    public async Task Post_RotatingForwardedFor_OneClientOneBudget()
    {
        await using var server = await StartAsync("--Central:Notifications:OptInsPerMinute=2");
        using var client = server.CreateClient();
        var token = await SiteViewsServer.TokenAsync(client, "/e/olsztyn/A018");

        var statuses = new List<HttpStatusCode>();
        foreach (var (ticket, address) in new[] { ("A018", "203.0.113.1"), ("A019", "203.0.113.2"), ("A020", "203.0.113.3"), ("A021", "203.0.113.4") })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/e/olsztyn/{ticket}")
            {
                Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("telefon", "600100200"), new("prog", "1")]),
            };
            request.Headers.Add("X-Forwarded-For", address);
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(2, Alerts(server).Count);
    }

    private static async Task<SiteViewsServer> StartAsync(params string[] settings)
    {
        var server = await SiteViewsServer.StartAsync(kestrel: true, new ManualTimeProvider(Now), ["--Central:Notifications:OptInsPerMinute=1000", .. settings]);
        server.Feed.SetStatus("olsztyn", HallStatus.Of(Now, ["A018", "A019", "A020", "A021"], (1, "A017")), Now);
        return server;
    }

    private static TicketAlerts Alerts(SiteViewsServer server) => server.Services.GetRequiredService<TicketAlerts>();

    /// <summary>
    /// Posts the opt-in form and returns the page it redirects to (with the message or the refusal).
    /// The anti-forgery token belongs to the session, not to one page: an attacker takes it from any form.
    /// </summary>
    private static async Task<string> OptInAsync(HttpClient client, string address, string phone, int ahead)
    {
        var token = await SiteViewsServer.TokenAsync(client, "/e/olsztyn/A018");
        using var post = await client.PostAsync(address, new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("telefon", phone), new("prog", ahead.ToString(System.Globalization.CultureInfo.InvariantCulture))]));
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        return WebUtility.HtmlDecode(await client.GetStringAsync(post.Headers.Location!.OriginalString));
    }
}
