using System.Net;
using EdgeQueue.Central.SiteViews.Notifications;
using EdgeQueue.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace EdgeQueue.Central.SiteViews.Tests.Pages;

public sealed class ETicketPageTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Get_WaitingTicket_PositionEstimateAndNowServing()
    {
        var time = new ManualTimeProvider(Now);
        await using var server = await SiteViewsServer.StartAsync(kestrel: false, time);
        server.Feed.SetStatus("olsztyn", HallStatus.Of(Now, ["A018", "A019", "A020"], (1, "A017"), (2, "B004")), Now);
        using var client = server.CreateClient();

        var html = await client.GetStringAsync("/e/olsztyn/A020");

        Assert.Contains("<dd id=\"e-ahead\">2 osoby</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"e-eta\">około 12 min</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"e-serving\">A017 (stanowisko 1)</dd>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/e/olsztyn/A020\"", html, StringComparison.Ordinal);
        Assert.Contains("Stan kolejki z godz. 10:00:00", html, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "Przed Tobą")); // the detail line does not repeat the row
    }

    [Fact]
    public async Task Get_SiteIsABookingLocation_ShowsItsNameNotItsId()
    {
        await using var server = await SiteViewsServer.StartAsync(kestrel: false);
        server.Feed.SetStatus("poznan-libelta", HallStatus.Of(Now, ["A018"]), Now);
        using var client = server.CreateClient();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/e/poznan-libelta/A018"));

        Assert.Matches("<p class=\"eticket-site\">Urząd Miasta Poznania, ul. Libelta", html);
        Assert.DoesNotContain(">poznan-libelta", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/e/nieznany-urzad/A017", "Nie znamy takiego urzędu")]
    [InlineData("/e/olsztyn/A005", "Bilet nie czeka w kolejce")]
    public async Task Get_UnknownSiteOrTicketNotInQueue_SaidPlainlyWithoutSmsSignUpOrBookingFooter(string path, string headline)
    {
        await using var server = await SiteViewsServer.StartAsync(kestrel: false);
        server.Feed.SetStatus("olsztyn", HallStatus.Of(Now, ["A018"]), Now);
        using var client = server.CreateClient();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(path));

        Assert.Contains($"<p id=\"e-headline\" class=\"plain\"><strong>{headline}</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"notice\"", html, StringComparison.Ordinal);   // not a green success box
        Assert.DoesNotContain("Powiadomienie SMS", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Na wizytę przyjdź", html, StringComparison.Ordinal);    // the booking pages' footer
        // An unknown office is not followed live (its live view would say "no data yet" over "unknown office").
        Assert.Equal(headline != "Nie znamy takiego urzędu", html.Contains("data-stream=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_OldStatus_SaysDataMayBeOutOfDate()
    {
        var time = new ManualTimeProvider(Now);
        await using var server = await SiteViewsServer.StartAsync(kestrel: false, time);
        server.Feed.SetStatus("olsztyn", HallStatus.Of(Now, ["A018"]), Now);
        using var client = server.CreateClient();

        var fresh = await client.GetStringAsync("/e/olsztyn/A018");
        time.Advance(TimeSpan.FromMinutes(3));
        var old = await client.GetStringAsync("/e/olsztyn/A018");

        Assert.Contains("<span id=\"e-stale\" hidden=\"hidden\">", fresh, StringComparison.Ordinal);
        Assert.Contains("<span id=\"e-stale\"><strong class=\"error\">Dane mogą być nieaktualne", old, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/e/olsztyn/A01")]
    [InlineData("/e/olsztyn/AA17")]
    [InlineData("/e/Olsztyn!/A017")]
    [InlineData("/e/olsztyn/A017/stan2")]
    public async Task Get_MalformedAddress_NotFound(string path)
    {
        await using var server = await SiteViewsServer.StartAsync(kestrel: false);
        using var client = server.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_LowerCaseTicket_RedirectedToPrintedForm()
    {
        await using var server = await SiteViewsServer.StartAsync(kestrel: false);
        using var client = server.CreateClient();

        using var response = await client.GetAsync("/e/olsztyn/a017");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/e/olsztyn/A017", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Get_ETicketPage_OwnScriptsAllowedElsewhereNone()
    {
        await using var server = await SiteViewsServer.StartAsync(kestrel: false);
        using var client = server.CreateClient();

        using var ticket = await client.GetAsync("/e/olsztyn/A017");
        using var home = await client.GetAsync("/");

        Assert.Contains("script-src 'self'", ticket.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("script-src 'none'", home.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetState_Json_SameViewAsPage()
    {
        var time = new ManualTimeProvider(Now);
        await using var server = await SiteViewsServer.StartAsync(kestrel: false, time);
        server.Feed.SetStatus("olsztyn", HallStatus.Of(Now, ["A018"], (1, "A017")), Now);
        using var client = server.CreateClient();

        var json = await client.GetStringAsync("/e/olsztyn/A017/stan");

        Assert.Contains("\"place\":\"called\"", json, StringComparison.Ordinal);
        Assert.Contains("\"counter\":1", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_OptIn_HeldInMemoryAndConfirmed()
    {
        var time = new ManualTimeProvider(Now);
        await using var server = await SiteViewsServer.StartAsync(kestrel: false, time);
        server.Feed.SetStatus("olsztyn", HallStatus.Of(Now, ["A018", "A019", "A020"]), Now);
        using var client = server.CreateClient();
        var token = await SiteViewsServer.TokenAsync(client, "/e/olsztyn/A020");

        using var post = await client.PostAsync("/e/olsztyn/A020", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("telefon", "600 100 200"), new("prog", "1")]));
        var page = await client.GetStringAsync(post.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Contains("Wyślemy SMS, gdy przed Tobą zostanie 1 osoba lub mniej.", page, StringComparison.Ordinal);
        Assert.Equal(1, server.Services.GetRequiredService<TicketAlerts>().Count);
    }

    [Fact]
    public async Task Post_BadPhone_PolishErrorNothingStored()
    {
        var time = new ManualTimeProvider(Now);
        await using var server = await SiteViewsServer.StartAsync(kestrel: false, time);
        server.Feed.SetStatus("olsztyn", HallStatus.Of(Now, ["A018", "A019", "A020"]), Now);
        using var client = server.CreateClient();
        var token = await SiteViewsServer.TokenAsync(client, "/e/olsztyn/A020");

        using var post = await client.PostAsync("/e/olsztyn/A020", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("telefon", "12"), new("prog", "1")]));
        var page = await client.GetStringAsync("/e/olsztyn/A020");

        Assert.Contains("Podaj polski numer telefonu komórkowego", page, StringComparison.Ordinal);
        Assert.Equal(0, server.Services.GetRequiredService<TicketAlerts>().Count);
    }

    [Fact]
    public async Task Post_ManyOptInsFromOneAddress_Refused429()
    {
        var time = new ManualTimeProvider(Now);
        await using var server = await SiteViewsServer.StartAsync(kestrel: false, time, "--Central:Notifications:OptInsPerMinute=2");
        server.Feed.SetStatus("olsztyn", HallStatus.Of(Now, ["A018", "A019", "A020"]), Now);
        using var client = server.CreateClient();
        var token = await SiteViewsServer.TokenAsync(client, "/e/olsztyn/A020");
        var statuses = new List<HttpStatusCode>();

        foreach (var ticket in new[] { "A018", "A019", "A020" })
        {
            using var post = await client.PostAsync($"/e/olsztyn/{ticket}", new FormUrlEncodedContent(
                [new("__RequestVerificationToken", token), new("telefon", "600100200"), new("prog", "1")]));
            statuses.Add(post.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(2, server.Services.GetRequiredService<TicketAlerts>().Count);
    }
}
