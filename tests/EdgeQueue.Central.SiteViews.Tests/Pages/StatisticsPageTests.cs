using System.Net;
using EdgeQueue.Central.SiteViews.Statistics;
using EdgeQueue.Central.SiteViews.Tests.Statistics;

namespace EdgeQueue.Central.SiteViews.Tests.Pages;

public sealed class StatisticsPageTests
{
    [Fact]
    public async Task Get_Anonymous_SentToLogIn()
    {
        await using var server = await SiteViewsServer.StartAsync(kestrel: false);
        using var client = server.CreateClient();

        using var response = await client.GetAsync("/statystyki");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/logowanie", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Technician_Denied()
    {
        await using var server = await SiteViewsServer.StartAsync(kestrel: false);
        using var client = server.CreateClient();
        await SiteViewsServer.LogInAsync(client, "tech.jan", SiteViewsServer.TechnicianPassword);

        using var response = await client.GetAsync("/statystyki");

        Assert.StartsWith("/brak-dostepu", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Administrator_ChartsAndTable()
    {
        await using var server = await SiteViewsServer.StartAsync(kestrel: false);
        server.Feed.AddEvents(KnownDay.Site, KnownDay.Events());
        using var client = server.CreateClient();
        await SiteViewsServer.LogInAsync(client, "admin", SiteViewsServer.AdminPassword);

        var html = await client.GetStringAsync("/statystyki?lokalizacja=olsztyn&od=2026-12-01&do=2026-12-02");

        Assert.Equal(3, html.Split("<svg ").Length - 1);
        Assert.Contains("<desc id=\"chart-bilety-wed-ug-kategorii-d\">A: 6; B: 1</desc>", html, StringComparison.Ordinal);
        Assert.Contains("<td>kategoria A</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>2 min 15 s</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_SiteThatIsABookingLocation_TableAndChartsNameTheLocation()
    {
        await using var server = await SiteViewsServer.StartAsync(kestrel: false);
        server.Feed.AddEvents("poznan-libelta", KnownDay.Events());
        using var client = server.CreateClient();
        await SiteViewsServer.LogInAsync(client, "admin", SiteViewsServer.AdminPassword);

        var html = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync("/statystyki?od=2026-12-01&do=2026-12-02"));

        Assert.Contains("<td>Urząd Miasta Poznania, ul. Libelta</td>", html, StringComparison.Ordinal);
        Assert.Contains("Urząd Miasta Poznania, ul. Libelta · A: 6", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"poznan-libelta\">Urząd Miasta Poznania, ul. Libelta</option>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetCsv_Administrator_SameRowsAsTheReadModel()
    {
        await using var server = await SiteViewsServer.StartAsync(kestrel: false);
        server.Feed.AddEvents(KnownDay.Site, KnownDay.Events());
        using var client = server.CreateClient();
        await SiteViewsServer.LogInAsync(client, "admin", SiteViewsServer.AdminPassword);

        using var response = await client.GetAsync("/statystyki?handler=csv&lokalizacja=olsztyn&od=2026-12-02&do=2026-12-02");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("statystyki-olsztyn-2026-12-02-2026-12-02.csv", response.Content.Headers.ContentDisposition!.FileName);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal(
            StatisticsCsv.Header + "\r\n" +
            "olsztyn;2026-12-02;kategoria;A;1;1;0;0;600;600;300;300;0;0;0;0\r\n" +
            "olsztyn;2026-12-02;stanowisko;1;1;1;0;0;600;600;300;300;0;0;0;0\r\n",
            System.Text.Encoding.UTF8.GetString(bytes[3..]));
    }
}
