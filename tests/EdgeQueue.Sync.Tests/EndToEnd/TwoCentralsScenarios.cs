using System.Diagnostics;
using EdgeQueue.Central.Sync.Storage;
using EdgeQueue.Sync.Tests.Support;
using EdgeQueue.Testing;
using Xunit.Abstractions;

namespace EdgeQueue.Sync.Tests.EndToEnd;

/// <summary>
/// Issue 19 item 2: two central instances as separate processes on one PostgreSQL database, both
/// clients of the central broker. Exactly one serves the hall at a time; when it is killed with
/// SIGKILL mid-sync, the other takes the hall over within seconds and nothing is lost or doubled.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class TwoCentralsScenarios(PostgresServer postgres, ITestOutputHelper output)
{
    private static readonly string[] Sites = [CentralUnderTest.Site];

    [Fact]
    public async Task S20_OwnerKilledMidSync_OtherCentralTakesOverWithinTenSecondsNothingLostOrDoubled()
    {
        using var folder = new TempDirectory("eq-two-centrals");
        var database = await postgres.NewDatabaseAsync();
        await using var broker = await CentralBroker.StartMosquittoAsync(Sites);
        await using var desk = await CentralUnderTest.StartBookingDeskAsync(output, folder.File("desk"), database);
        var matter = await desk.CreateMatterAsync("A");
        var visit = await desk.BookAsync(matter, 1, new TimeOnly(9, 0));

        await using var first = await CentralProcess.StartAsync(output, "central-a", folder.File("a"), database, broker, TimeSpan.FromSeconds(1));
        await using var second = await CentralProcess.StartAsync(output, "central-b", folder.File("b"), database, broker, TimeSpan.FromSeconds(1));
        var clock = new ManualTimeProvider(visit.StartsAt - TimeSpan.FromMinutes(5), TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw"));
        await using var hub = await HubUnderTest.StartAsync(output, SyncSite.Create(broker), folder.File("hub"), clock);
        await Eventually.UntilAsync(() => Task.FromResult(hub.Queue.BookingsSequence), s => s == 1, "the booking reached the hall");
        var owner = await Eventually.UntilAsync(() => Task.FromResult(new[] { first, second }.Where(c => c.Serves(CentralUnderTest.Site)).ToList()),
            serving => serving.Count > 0, "an instance serves the hall");
        Assert.Single(owner);
        var (dead, survivor) = owner[0] == first ? (first, second) : (second, first);

        // Events flow; the serving instance dies with some acknowledged and more on their way.
        await SyncScenarios.IssueCallServeAsync(hub, 40);
        await Eventually.UntilAsync(() => Task.FromResult(hub.Queue.OutboxAcknowledged), a => a > 0, "some events acknowledged");
        var issuing = SyncScenarios.IssueCallServeAsync(hub, 40);
        dead.KillHard();
        var killedAt = Stopwatch.StartNew();
        await issuing;

        await Eventually.UntilAsync(() => Task.FromResult(survivor.Serves(CentralUnderTest.Site)), s => s, "the other instance took the hall");
        var takeover = killedAt.Elapsed;
        output.WriteLine($"takeover after the kill: {takeover.TotalSeconds:F1} s");
        Assert.True(takeover < TimeSpan.FromSeconds(10), $"takeover took {takeover.TotalSeconds:F1} s");

        var later = await desk.BookAsync(matter, 2, new TimeOnly(9, 15), visit.Day);
        await SyncScenarios.IssueCallServeAsync(hub, 5);
        using var store = CentralSyncStore.OpenPostgres(database, TimeProvider.System);
        var central = await Eventually.UntilAsync(() => store.ReadEventsAsync(CentralUnderTest.Site, 0, 100_000),
            events => events.Count >= hub.Queue.LastSequence && hub.Queue.OutboxAcknowledged == hub.Queue.LastSequence,
            "central holds every event of the hall and the hall has the ack");
        var hall = hub.Queue.ReadOutbox(0, 100_000).Select(e => (e.Sequence, e.Event.Name)).ToList();
        Assert.Equal(hall, central.Select(e => (e.Seq, e.Type)).ToList());
        Assert.Equal(Enumerable.Range(1, hall.Count).Select(i => (long)i), central.Select(e => e.Seq));
        await Eventually.UntilAsync(() => Task.FromResult(hub.Queue.State.Bookings), b => b.ContainsKey(later.Code),
            "a visit booked after the failover reached the hall");
        Assert.False(survivor.HasExited);
    }

    [Fact]
    public async Task S21_StaffLogInFormFromOneInstancePostedToTheOther_SignedInOnBoth()
    {
        using var folder = new TempDirectory("eq-two-centrals");
        var database = await postgres.NewDatabaseAsync();
        await using var broker = await CentralBroker.StartEmbeddedAsync(Sites);
        await using (await CentralUnderTest.StartBookingDeskAsync(output, folder.File("desk"), database))
        {
            // The desk migrates the database and creates the administrator before the instances start.
        }

        await using var first = await CentralProcess.StartAsync(output, "central-a", folder.File("a"), database, broker, TimeSpan.FromSeconds(1));
        await using var second = await CentralProcess.StartAsync(output, "central-b", folder.File("b"), database, broker, TimeSpan.FromSeconds(1));
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false });

        // A load balancer may send the form's GET to one instance and its POST to the other.
        using var form = await http.GetAsync(new Uri(first.Address, "logowanie"));
        var antiforgeryCookie = Cookies(form).Single(c => c.StartsWith("eq.af=", StringComparison.Ordinal));
        var token = System.Text.RegularExpressions.Regex.Match(await form.Content.ReadAsStringAsync(),
            "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri(second.Address, "logowanie"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Login"] = "admin",
                ["Input.Password"] = "correct horse battery",
                ["__RequestVerificationToken"] = System.Net.WebUtility.HtmlDecode(token),
            }),
        };
        post.Headers.Add("Cookie", antiforgeryCookie);
        using var signedIn = await http.SendAsync(post);

        Assert.Equal(System.Net.HttpStatusCode.Redirect, signedIn.StatusCode);
        var staffCookie = Cookies(signedIn).Single(c => c.StartsWith("eq.staff=", StringComparison.Ordinal));
        foreach (var instance in new[] { first, second })
        {
            using var statistics = new HttpRequestMessage(HttpMethod.Get, new Uri(instance.Address, "statystyki"));
            statistics.Headers.Add("Cookie", staffCookie);
            using var page = await http.SendAsync(statistics);
            Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
        }
    }

    /// <summary>The name=value part of each cookie a response sets.</summary>
    private static IEnumerable<string> Cookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';', 2)[0]) : [];
}
