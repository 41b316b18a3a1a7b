using EdgeQueue.Simulation.LedBoard;
using EdgeQueue.Simulator.Hall;
using EdgeQueue.Simulator.Reporting;
using EdgeQueue.Simulator.Tests.Support;
using EdgeQueue.Testing;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace EdgeQueue.Simulator.Tests.EndToEnd;

/// <summary>
/// A seeded day in a whole simulated hall against the real hub child process: its own broker,
/// dispensers and keypads running the firmware core over MQTT, kiosk printers on TCP. Mid-day the
/// hub is killed with SIGKILL and started again, a dispenser's Wi-Fi drops and a printer runs out
/// of paper. The hub's SQLite database is then read with plain SQL to check the run.
/// </summary>
public sealed class HallDayScenarios(ITestOutputHelper log)
{
    [Fact]
    public Task E01_SeededDayWithHubKill_EveryAnsweredTicketIsInTheDatabaseOnceAndEnds() => RunCheckedDayAsync(hubProgram: null);

    /// <summary>The same day on the Native AOT hub, the build a Pi runs: killed and restarted on its data, on the simulated clock.</summary>
    [Fact]
    public Task E02_SeededDayOnTheNativeHubWithHubKill_EveryAnsweredTicketIsInTheDatabaseOnceAndEnds() =>
        RunCheckedDayAsync(NativeHubExecutable.Find());

    private async Task RunCheckedDayAsync(string? hubProgram)
    {
        using var folder = new TempDirectory("eq-sim-day");
        var options = new HallRunOptions
        {
            Seed = 7,
            Speed = 600,
            OutFolder = folder.Path,
            WalkIns = 160,
            Bookings = 20,
            Faults = ["paper-out:disp-01@09:00+20m", "hub-kill@10:30", "wifi-cut:disp-02@12:00+10m"],
            HubProgram = hubProgram,
        };

        HallRunResult result;
        await using (var hall = await SimulatedHall.StartAsync(options, TextWriter.Null, CancellationToken.None))
        {
            hall.Journal.Noted += log.WriteLine;
            using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(4));
            result = await hall.RunDayAsync(limit.Token);
            var reportPath = Path.Combine(folder.Path, "report.md");
            var statistics = DayReport.Write(reportPath, result, hall.Roster, hall.Ledger, hall.Printers);

            Assert.True(result.CompletedDay, "the day ran to its end");
            Assert.Contains(result.Notes, n => n.Contains("hub serving again", StringComparison.Ordinal));
            Assert.Contains(result.Notes, n => n.Contains("out of paper", StringComparison.Ordinal));

            using var db = HubDatabase.Open(result.DataFolder);
            var issues = Rows(db, "SELECT request_id, json_extract(payload, '$.number'), json_extract(payload, '$.ticketId') FROM events WHERE type IN ('TicketIssued', 'BookedVisitCheckedIn')");
            var answered = hall.Ledger.Requests.Where(r => r.Reply?.Ticket is not null).ToList();
            Assert.True(answered.Count > 100, $"a day's worth of tickets was answered ({answered.Count})");

            // Every ticket a device asked for and got a number for is in the database exactly once, with that number.
            foreach (var request in answered)
            {
                var rows = issues.Where(r => r[0] == request.EventId).ToList();
                Assert.True(rows.Count == 1, $"{request.EventId} ({request.Reply!.Ticket}) is in the database {rows.Count} times");
                Assert.Equal(request.Reply!.Ticket, rows[0][1]);
            }

            // No request id issued twice, and every ticket of the day ended.
            var doubled = issues.Where(r => r[0] is not null).GroupBy(r => r[0]).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(doubled.Count == 0, $"request ids that issued two tickets: {string.Join(", ", doubled)}");
            var ended = Rows(db, "SELECT json_extract(payload, '$.ticketId') FROM events WHERE type IN ('TicketServed', 'TicketRemovedAfterNoShows', 'TicketCancelled')")
                .Select(r => r[0]).ToHashSet();
            var open = issues.Where(r => !ended.Contains(r[2])).Select(r => r[1]).ToList();
            Assert.True(open.Count == 0, $"tickets that never ended: {string.Join(", ", open)}");

            // The report's numbers are the database's.
            Assert.Equal(issues.Count, statistics.Tickets);
            Assert.Equal(Count(db, "TicketServed"), statistics.Served);
            Assert.Equal(Count(db, "TicketRemovedAfterNoShows"), statistics.RemovedAfterNoShows);
            Assert.Equal(Count(db, "TicketCalled"), statistics.CallsPerCounter.Values.Sum());
            var report = await File.ReadAllTextAsync(reportPath);
            Assert.Contains($"Tickets: **{issues.Count}**", report, StringComparison.Ordinal);
            Assert.Contains("Loss check passed", report, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(folder.Path, "report-waits.png")));

            // Tickets came out of the kiosk printers as pictures and text; the announcements as WAV files.
            Assert.NotEmpty(Directory.GetFiles(Path.Combine(folder.Path, "tickets"), "*.png", SearchOption.AllDirectories));
            Assert.NotEmpty(Directory.GetFiles(Path.Combine(folder.Path, "announcements"), "*.wav", SearchOption.AllDirectories));

            // The LED board's SPI bytes were captured whole (latches of 2 bytes per module), and drawn.
            var board = hall.Site.LedBoard!;
            var capture = Path.Combine(result.DataFolder, board.Capture!);
            var replay = new LedBoardCaptureReplay(capture, board.Layout);
            replay.Update();
            Assert.Equal(0, new FileInfo(capture).Length % (2 * board.Layout.Modules));
            Assert.True(replay.Chain.Latches > 8 * statistics.CallsPerCounter.Values.Sum() / 4, $"{replay.Chain.Latches} latches for the day's calls");
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, (await File.ReadAllBytesAsync(Path.Combine(folder.Path, "ledboard.png")))[..4]);
        }

        Assert.True(result.Loss.NothingLost, result.Loss.Summary);
    }

    private static List<string?[]> Rows(SqliteConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string?[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))]);
        }

        return rows;
    }

    private static int Count(SqliteConnection db, string type)
    {
        using var command = db.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM events WHERE type = $type";
        command.Parameters.AddWithValue("$type", type);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
