using System.Net;
using EdgeQueue.Contracts.Messages.Sync;
using EdgeQueue.Testing;

namespace EdgeQueue.Central.SiteViews.Tests.Pages;

public sealed class FleetPageTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static async Task<SiteViewsServer> StartAsync(ManualTimeProvider time)
    {
        var server = await SiteViewsServer.StartAsync(kestrel: false, time, "--Central:Fleet:OfflineAlertMinutes=15");
        server.Feed.SetDevices("olsztyn", new SyncDeviceList(Now,
        [
            new SyncDevice("disp-01", "dispenser", true, Fw: "1.0.3", LastSeen: Now, Paper: "ok"),
            new SyncDevice("keypad-05", "keypad", false, Fw: "1.0.3", LastSeen: Now),
        ]), Now);
        server.Feed.SetDevices("torun", new SyncDeviceList(Now, [new SyncDevice("disp-01", "dispenser", true, Fw: "1.0.3", LastSeen: Now)]), Now);
        return server;
    }

    [Fact]
    public async Task Get_AgentOrAnonymous_NoAccess()
    {
        await using var server = await StartAsync(new ManualTimeProvider(Now));
        using var client = server.CreateClient();

        using var response = await client.GetAsync("/flota");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/logowanie", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_FilterSiteAndOffline_OnlyThatDeviceAlertAfterConfiguredMinutes()
    {
        var time = new ManualTimeProvider(Now);
        await using var server = await StartAsync(time);
        using var client = server.CreateClient();
        await SiteViewsServer.LogInAsync(client, "tech.jan", SiteViewsServer.TechnicianPassword);

        time.Advance(TimeSpan.FromMinutes(4));
        var early = await client.GetStringAsync("/flota?lokalizacja=olsztyn&stan=offline");
        time.Advance(TimeSpan.FromMinutes(12));
        server.Feed.SetDevices("olsztyn", (await server.Feed.DevicesAsync(CancellationToken.None)).Single(r => r.Site == "olsztyn").Devices, time.GetUtcNow());
        var late = await client.GetStringAsync("/flota?lokalizacja=olsztyn&stan=offline");

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(early, "<tr data-state="));
        Assert.Contains("<td>keypad-05</td>", early, StringComparison.Ordinal);
        Assert.DoesNotContain("offline od", early, StringComparison.Ordinal);
        Assert.Contains("<strong class=\"error\">offline od 16 min</strong>", late, StringComparison.Ordinal);
        Assert.Contains("Alarm „offline” po 15 min", late, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_FilterOnline_BothSitesOnlineDevices()
    {
        await using var server = await StartAsync(new ManualTimeProvider(Now));
        using var client = server.CreateClient();
        await SiteViewsServer.LogInAsync(client, "tech.jan", SiteViewsServer.TechnicianPassword);

        var html = await client.GetStringAsync("/flota?stan=online");

        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(html, "<tr data-state=\"online\"").Count);
        Assert.DoesNotContain("keypad-05", html, StringComparison.Ordinal);
        Assert.Contains("Urządzeń: 3, online: 2", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_SiteThatIsABookingLocation_ShownByTheLocationsNameAndFilteredByItsId()
    {
        await using var server = await StartAsync(new ManualTimeProvider(Now));
        server.Feed.SetDevices("poznan-libelta", new SyncDeviceList(Now, [new SyncDevice("disp-02", "dispenser", true, Fw: "1.0.3", LastSeen: Now)]), Now);
        using var client = server.CreateClient();
        await SiteViewsServer.LogInAsync(client, "tech.jan", SiteViewsServer.TechnicianPassword);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/flota?lokalizacja=poznan-libelta"));

        Assert.Contains("<td>Urząd Miasta Poznania, ul. Libelta</td>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"poznan-libelta\" selected=\"selected\">Urząd Miasta Poznania, ul. Libelta</option>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"olsztyn\">olsztyn</option>", html, StringComparison.Ordinal); // no such location: its id
    }
}
