using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using EdgeQueue.Simulator.Console;
using EdgeQueue.Simulator.Hall;
using EdgeQueue.Simulator.Tests.Support;
using EdgeQueue.Testing;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace EdgeQueue.Simulator.Tests.EndToEnd;

/// <summary>
/// The whole system as <c>./edgequeue demo</c> runs it: central and the hub as child processes on one
/// simulated clock, the city broker between them, the hall's broker, devices and residents. The
/// booked visitors book at central's public API; their visits must reach the hall, their check-ins
/// at the dispensers must come back to central's statistics, and the tickets' QR codes must open
/// central's e-ticket page.
/// </summary>
public sealed partial class DemoWithCentralScenarios(ITestOutputHelper log)
{
    [Fact]
    public async Task E03_DemoWithCentral_VisitsBookedAtCentralAreCheckedInAtTheHallAndCountedInCentralsStatistics()
    {
        using var folder = new TempDirectory("eq-demo-central");
        var options = new HallRunOptions { Seed = 3, Speed = 600, OutFolder = folder.Path, WalkIns = 40, Bookings = 12, WithCentral = true };

        await using var hall = await SimulatedHall.StartAsync(options, TextWriter.Null, CancellationToken.None);
        hall.Journal.Noted += log.WriteLine;
        var booked = hall.Plan.Bookings.Select(b => b.BookingCode!).ToHashSet(StringComparer.Ordinal);
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var result = await hall.RunDayAsync(limit.Token);
        Assert.True(result.CompletedDay, "the day ran to its end");
        Assert.True(result.Loss.NothingLost, result.Loss.Summary);

        // The hub registered exactly the visits central booked (central's codes, not the plan's), and residents checked in with them.
        using var db = HubDatabase.Open(result.DataFolder);
        var registered = Column(db, "SELECT json_extract(payload, '$.code') FROM events WHERE type = 'BookingRegistered'");
        var checkedIn = Column(db, "SELECT json_extract(payload, '$.bookingCode') FROM events WHERE type = 'BookedVisitCheckedIn'");
        Assert.Equal(12, booked.Count);
        Assert.Equal(booked.Order(StringComparer.Ordinal), registered.Order(StringComparer.Ordinal));
        Assert.NotEmpty(checkedIn);
        Assert.Subset(booked, checkedIn.ToHashSet(StringComparer.Ordinal));

        // Central's statistics count those check-ins for the hall and the day, and all the tickets.
        var central = hall.CentralAddress!;
        using var administrator = await CentralDesk.LogInAsync(central, hall.Credentials.AdministratorUser, hall.Credentials.AdministratorPassword, CancellationToken.None);
        var day = hall.Plan.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var tickets = Column(db, "SELECT 1 FROM events WHERE type IN ('TicketIssued', 'BookedVisitCheckedIn')").Count;
        var rows = await Eventually.UntilAsync(
            async () => CategoryRows(await administrator.GetTextAsync($"statystyki?handler=csv&lokalizacja={hall.Site.SiteId}&od={day}&do={day}", CancellationToken.None)),
            r => r.Sum(x => x.Tickets) == tickets && r.Sum(x => x.Booked) == checkedIn.Count,
            $"central's statistics with {tickets} tickets and {checkedIn.Count} booked visits checked in");
        Assert.All(rows, r => Assert.Equal(day, r.Day));

        // Central's fleet page lists every device of the hall, as the hub reported them over sync.
        var fleet = System.Net.WebUtility.HtmlDecode(await administrator.GetTextAsync($"flota?lokalizacja={hall.Site.SiteId}", CancellationToken.None));
        Assert.Contains($"Urządzeń: {hall.Layout.DeviceIds.Count()},", fleet, StringComparison.Ordinal);
        Assert.All(hall.Layout.DeviceIds, id => Assert.Contains($">{id}<", fleet, StringComparison.Ordinal));

        // The first ticket's QR code opens central's e-ticket page, which knows the hall.
        var site = EdgeQueue.Hub.Site.SiteFileLoader.Load(Path.Combine(result.DataFolder, "site.json"));
        var address = site.ETicketUrl("A001");
        Assert.Equal(new Uri(central, $"e/{hall.Site.SiteId}/A001"), address);
        using var anonymous = CentralDesk.Anonymous(central);
        var page = System.Net.WebUtility.HtmlDecode(await anonymous.GetTextAsync(address.PathAndQuery.TrimStart('/'), CancellationToken.None));
        Assert.Contains(hall.Site.Name, page, StringComparison.Ordinal);
        Assert.DoesNotContain("Nie znamy takiego urzędu", page, StringComparison.Ordinal);
    }

    /// <summary>What a newcomer sees: the demo command prints every address with its log-in, and each one serves while the day runs.</summary>
    [Fact]
    public async Task E04_DemoCommand_PrintsEveryAddressWithItsLogInAndEachServes()
    {
        using var folder = new TempDirectory("eq-demo-cli");
        using var written = new StringWriter();
        using var output = TextWriter.Synchronized(written); // the demo writes from its own tasks
        string Printed()
        {
            lock (output)
            {
                return written.ToString();
            }
        }

        using var error = new StringWriter();
        var demo = SimulatorCommandLine.RunAsync(
            ["demo", "--speed", "300", "--walk-ins", "20", "--bookings", "4", "--for", "75", "--out", folder.Path], output, error,
            new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = null });

        var staff = await Eventually.UntilAsync(() => StaffLine().Match(Printed()), m => m.Success || demo.IsCompleted, "the demo's central log-in line");
        Assert.True(staff.Success, $"no central log-in line in: {Printed()}; stderr: {error}");
        var printed = Printed();
        var central = new Uri(staff.Groups["central"].Value + "/");
        var hall = new Uri(Regex.Match(printed, @"hall page:\s+(http://\S+)/display").Groups[1].Value + "/");
        Assert.Matches(@"technician page:\s+http://\S+/devices\s+\(user technik, password [0-9a-f]{18}\)", printed);
        Assert.Contains($"e-tickets:        {central}e/um-sim/A001", printed, StringComparison.Ordinal);

        using var http = new HttpClient();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync(new Uri(hall, "display"))).StatusCode);
        var booking = System.Net.WebUtility.HtmlDecode(await http.GetStringAsync(central));
        Assert.Contains("Sala Obsługi Mieszkańców", booking, StringComparison.Ordinal); // the hall's matters, not a seeded city's
        using var administrator = await CentralDesk.LogInAsync(central, "admin", staff.Groups["password"].Value, CancellationToken.None);
        Assert.Contains("Statystyki obsługi", await administrator.GetTextAsync("statystyki", CancellationToken.None), StringComparison.Ordinal);
        Assert.Contains(">disp-01<", await Eventually.UntilAsync(
            () => administrator.GetTextAsync("flota", CancellationToken.None), page => page.Contains(">disp-01<", StringComparison.Ordinal), "the hall's devices on central's fleet page"),
            StringComparison.Ordinal);

        Assert.Equal(0, await demo);
    }

    [GeneratedRegex(@"central, staff:\s+(?<central>http://\S+)/logowanie\s+\(user admin, password (?<password>[0-9a-f]{18})\)")]
    private static partial Regex StaffLine();

    private static List<(string Day, int Tickets, int Booked)> CategoryRows(string csv) =>
    [
        .. csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(line => line.Split(';'))
            .Where(f => f[2] == "kategoria")
            .Select(f => (f[1], int.Parse(f[4], CultureInfo.InvariantCulture), int.Parse(f[12], CultureInfo.InvariantCulture))),
    ];

    private static List<string> Column(SqliteConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        }

        return values;
    }
}
