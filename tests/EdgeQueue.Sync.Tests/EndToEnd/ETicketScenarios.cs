using System.Net;
using System.Text.Json.Nodes;
using EdgeQueue.Central.Hosting;
using EdgeQueue.Hub.Site;
using EdgeQueue.Queue.Commands;
using EdgeQueue.Sync.Tests.Support;
using EdgeQueue.Testing;
using Xunit.Abstractions;

namespace EdgeQueue.Sync.Tests.EndToEnd;

/// <summary>
/// The address on a ticket's QR code, opened on central: a real hub with <c>central.publicUrl</c>,
/// the whole central web host (booking, sync, pages) on Kestrel, the central broker between them.
/// </summary>
public sealed class ETicketScenarios(ITestOutputHelper output)
{
    [Fact]
    public async Task S11_TicketQrAddress_OpensCentralsETicketFedBySyncWithTheHallsName()
    {
        await using var broker = await CentralBroker.StartEmbeddedAsync([CentralUnderTest.Site]);
        using var folder = new TempDirectory("eticket");
        var url = $"http://127.0.0.1:{FreePort.Next()}";
        await using var central = CentralHost.Build(new CentralHostOptions(Path.Combine(folder.Path, "central"), url, null),
        [
            $"--Central:Sync:BrokerUrl={broker.Url}",
            $"--Central:Sync:Username={CentralBroker.CentralUser}",
            $"--Central:Sync:Password={CentralBroker.CentralPassword}",
            "--Central:Booking:PeselKey=dGVzdC1rZXktZm9yLXBlc2VsLWhtYWMtMzItYnl0ZXMhIQ==",
            "--Central:Booking:InitialAdminPassword=Haslo-administratora-2026",
            "--Central:Booking:PasswordIterations=1000",
        ]);
        await central.StartAsync();
        var json = SyncSite.Json(broker.Url);
        json["central"]!.AsObject()["publicUrl"] = url;
        json.Remove("eTicketBaseUrl");
        var site = SiteFileLoader.Parse(json.ToJsonString(), "sync-site.json");
        await using var hub = await HubUnderTest.StartAsync(output, site, Path.Combine(folder.Path, "hub"), new ManualTimeProvider(TimeProvider.System.GetUtcNow()));

        await hub.RunAsync(new IssueTicket("A"));
        var second = (await hub.RunAsync(new IssueTicket("A"))).Ticket!;
        var address = site.ETicketUrl(second.Number); // what the printed QR carries
        using var http = new HttpClient();
        var page = await Eventually.UntilAsync(async () => WebUtility.HtmlDecode(await http.GetStringAsync(address)),
            html => html.Contains("Czekasz w kolejce", StringComparison.Ordinal), "central's e-ticket page showing the synced queue");

        Assert.Equal($"{url}/e/{CentralUnderTest.Site}/A002", address.AbsoluteUri);
        Assert.Contains("<dd id=\"e-ahead\">1 osoba</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<p class=\"eticket-site\">Urząd Miasta Poznania, ul. Libelta", page, StringComparison.Ordinal);
    }
}
