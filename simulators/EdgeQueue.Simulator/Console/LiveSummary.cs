using System.Globalization;
using System.Text;
using EdgeQueue.Simulation.Reporting;
using EdgeQueue.Simulator.Hall;
using EdgeQueue.Simulator.Reporting;

namespace EdgeQueue.Simulator.Console;

/// <summary>
/// The demo's live terminal view, refreshed in place once a second: the simulated time and the
/// day's progress, people waiting per category, calls per minute, devices online, tickets printed,
/// the last thing that happened. Read from the hub's database, like the report. When the output is
/// not a terminal it prints a plain line every ten seconds instead.
/// </summary>
internal sealed class LiveSummary(SimulatedHall hall, TextWriter output, bool inPlace)
{
    private int _lines;
    private string _last = string.Empty;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        hall.Journal.Noted += line => _last = line;
        var every = inPlace ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(10);
        using var timer = new PeriodicTimer(every);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                Draw();
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private void Draw()
    {
        IReadOnlyList<TicketOutcome> outcomes;
        try
        {
            outcomes = DayOutcomes.From(HubEventLog.Read(hall.DatabasePath));
        }
#pragma warning disable CA1031 // The database may be mid-restart; the next refresh reads it again.
        catch (Exception)
#pragma warning restore CA1031
        {
            return;
        }

        var c = CultureInfo.InvariantCulture;
        var now = hall.Clock.GetUtcNow();
        var local = TimeZoneInfo.ConvertTime(now, hall.Site.TimeZone);
        var progress = Math.Clamp((now - hall.Opening) / (hall.Closing - hall.Opening), 0, 1);
        var waiting = hall.Plan.Profile.Categories.Select(cat =>
            $"{cat.Prefix} {outcomes.Count(o => o.Category == cat.Prefix && o.FirstCalledAt is null && o.End == TicketEnd.StillWaiting),3}");
        var window = TimeSpan.FromMinutes(10);
        var recentCalls = outcomes.Count(o => o.FirstCalledAt is { } at && at > now - window);
        var online = hall.Devices.Count(d => d.IsOnline);
        var lines = new[]
        {
            now < hall.Opening
                ? string.Create(c, $"EdgeQueue demo  {local:HH:mm} simulated ({hall.Clock.Speed}×)  the hall opens at {TimeZoneInfo.ConvertTime(hall.Opening, hall.Site.TimeZone):HH:mm}")
                : string.Create(c, $"EdgeQueue demo  {local:HH:mm} simulated ({hall.Clock.Speed}×)  [{new string('#', (int)(progress * 30)),-30}] {progress:P0}"),
            $"waiting        {string.Join("   ", waiting)}",
            string.Create(c, $"calls/min      {recentCalls / window.TotalMinutes,5:0.0}    issued {outcomes.Count}, served {outcomes.Count(o => o.End == TicketEnd.Served)}, removed after no-shows {outcomes.Count(o => o.End == TicketEnd.RemovedAfterNoShows)}"),
            string.Create(c, $"devices online {online,2}/{hall.Devices.Count}    {string.Join(" ", hall.Devices.Where(d => !d.IsOnline).Select(d => d.Id + " OFFLINE"))}"),
            string.Create(c, $"printed        {string.Join("  ", hall.Printers.Select(p => $"{p.Id} {p.Printed}{(p.PaperOut ? " (NO PAPER)" : string.Empty)}"))}"),
            $"last           {_last}",
        };
        var text = new StringBuilder();
        if (inPlace && _lines > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\u001b[{_lines}A");
        }

        foreach (var line in inPlace ? lines : lines.Take(4))
        {
            text.Append(line).Append(inPlace ? "\u001b[K\n" : "\n");
        }

        _lines = lines.Length;
        output.Write(text.ToString());
        output.Flush();
    }
}
