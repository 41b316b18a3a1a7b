using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using EdgeQueue.Simulator.Hall;
using EdgeQueue.Testing;
using Xunit.Abstractions;

namespace EdgeQueue.Simulator.Tests.EndToEnd;

/// <summary>
/// Issue 15 item 8 in the simulated hall: one counter display per counter, running the firmware core
/// with its MAX7219 codec over a register-level chip model, behind the real hub child process.
/// </summary>
public sealed class CounterDisplayScenarios(ITestOutputHelper log)
{
    [Fact]
    public async Task E03_HallDay_EveryCounterDisplayOnlineListedAndShowingTheTicketCalledAtItsCounter()
    {
        using var folder = new TempDirectory("eq-sim-boards");
        var options = new HallRunOptions { Seed = 11, Speed = 600, OutFolder = folder.Path, WalkIns = 40, Bookings = 0 };

        await using var hall = await SimulatedHall.StartAsync(options, TextWriter.Null, CancellationToken.None);
        hall.Journal.Noted += log.WriteLine;

        Assert.Equal(hall.Layout.Counters.Count, hall.Boards.Count);
        Assert.All(hall.Boards, b => Assert.True(b.IsOnline, $"{b.Id} online"));
        await AssertListedOnTheTechnicianPageAsync(hall);

        // While the day runs: a board reads "A017  05" at the moment its counter's keypad shows A017.
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var day = hall.RunDayAsync(limit.Token);
        // The hall clears its device lists when the day ends; keep them.
        var boards = hall.Boards.ToList();
        var keypads = hall.Keypads.ToList();
        var matched = new HashSet<string>();
        var darkWhileIdle = new HashSet<string>();
        // A counter whose clerk called nobody all day (its matters drew no walk-in) has nothing to blink for.
        var servedSomeone = new HashSet<string>();
        while (!day.IsCompleted)
        {
            for (var i = 0; i < boards.Count; i++)
            {
                var ticket = keypads[i].Shows;
                var reads = boards[i].Shows;
                if (ticket.Length == 4 && char.IsAsciiLetterUpper(ticket[0]))
                {
                    servedSomeone.Add(boards[i].Id);
                }

                if (ticket.Length == 4 && char.IsAsciiLetterUpper(ticket[0]) && char.IsAsciiDigit(ticket[1])
                    && reads == $"{ticket}  {i + 1:00}")
                {
                    matched.Add(boards[i].Id);
                }

                // Serving nobody (the keypad's "----"): the digits are shut down.
                if (ticket == "----" && boards[i].IsOnline && reads.Length == 0)
                {
                    darkWhileIdle.Add(boards[i].Id);
                }
            }

            await Task.Delay(10);
        }

        var result = await day;
        Assert.True(result.CompletedDay, "the day ran to its end");
        Assert.True(matched.Count >= 4, $"boards seen showing their counter's ticket: {string.Join(", ", matched)}");
        Assert.True(servedSomeone.Count >= 4, $"counters seen serving: {string.Join(", ", servedSomeone)}");
        Assert.All(boards.Where(b => servedSomeone.Contains(b.Id)), b => Assert.True(b.Calls > 0, $"{b.Id} blinked for a call"));
        Assert.NotEmpty(darkWhileIdle);
    }

    private static async Task AssertListedOnTheTechnicianPageAsync(SimulatedHall hall)
    {
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{hall.Credentials.TechnicianUser}:{hall.Credentials.TechnicianPassword}")));
        for (var attempt = 1; ; attempt++)
        {
            using var view = JsonDocument.Parse(await http.GetStringAsync(new Uri(hall.HubAddress, "/devices.json")));
            var boards = view.RootElement.GetProperty("devices").EnumerateArray()
                .Where(d => d.GetProperty("role").GetString() == "board")
                .ToDictionary(d => d.GetProperty("id").GetString()!, d => (Online: d.GetProperty("online").GetBoolean(), Place: d.GetProperty("place").GetString()));
            var expected = Enumerable.Range(0, hall.Layout.Counters.Count).Select(HallLayout.BoardId).ToList();
            if (expected.All(id => boards.TryGetValue(id, out var b) && b.Online) || attempt == 100)
            {
                Assert.Equal(expected, boards.Keys.Order(StringComparer.Ordinal));
                Assert.All(expected, id => Assert.True(boards[id].Online, $"{id} online on the technician page"));
                Assert.Equal("stanowisko 3", boards["board-03"].Place);
                return;
            }

            await Task.Delay(100);
        }
    }
}
