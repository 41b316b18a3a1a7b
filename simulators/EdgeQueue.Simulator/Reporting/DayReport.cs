using System.Globalization;
using EdgeQueue.Simulation.Reporting;
using EdgeQueue.Simulator.Devices;
using EdgeQueue.Simulator.Hall;
using EdgeQueue.Simulator.People;

namespace EdgeQueue.Simulator.Reporting;

/// <summary>
/// The day's report: figures computed from the hub's database (tickets per category, waits
/// against the estimate printed on the ticket, service times, no-shows, calls per counter, with
/// charts beside the Markdown), then "What happened": the faults, what the residents and devices
/// went through, and the loss check.
/// </summary>
internal static class DayReport
{
    public static DayStatistics Statistics(HallRunResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var outcomes = DayOutcomes.From(run.Log);
        var hours = (int)Math.Ceiling((run.Plan.Profile.Closes - run.Plan.Profile.Opens).TotalHours) + 1;
        return DayStatistics.From(outcomes, run.Opening, hours);
    }

    /// <summary>Writes the report to <paramref name="path"/> and its PNG charts beside it; returns the statistics.</summary>
    public static DayStatistics Write(string path, HallRunResult run, HallRoster roster, WireLedger ledger, IReadOnlyList<KioskPrinter> printers)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(printers);
        var statistics = Statistics(run);
        var c = CultureInfo.InvariantCulture;
        var residents = roster.Residents;
        var notes = new List<string>(run.Notes)
        {
            string.Create(c, $"residents who came: {residents.Count}; with a ticket: {residents.Count(r => r.Ticket is not null)}; left without one: {residents.Count(r => r.LeftBecause is not null)}{Reasons(residents)}"),
            string.Create(c, $"on the air: {ledger.Requests.Count} ticket requests and check-ins, {ledger.Retransmissions} retransmissions, {ledger.DuplicateReplies} repeated replies (answered from the hub's stored result)"),
            string.Create(c, $"printed: {string.Join(", ", printers.Select(p => $"{p.Id} {p.Printed}"))} tickets (PNG and text in {Path.Combine(run.OutFolder, "tickets")})"),
            string.Create(c, $"tickets issued but never handed to a resident: {ledger.Requests.Count(r => r.Reply is { Ok: false, Ticket: not null })} not printed (printer out of paper), {run.Loss.IssuedWithoutAnswer} whose answer never reached the device; nobody answers their calls and they end at the no-show limit"),
            (run.Loss.NothingLost ? "**Loss check passed**: " : "**Loss check FAILED**: ") + run.Loss.Summary,
        };
        notes.AddRange(run.Loss.Problems.Skip(1).Take(20).Select(p => "problem: " + p));
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var prefix = Path.GetFileNameWithoutExtension(path) + "-";
        var (markdown, images) = DayReportWriter.Write(
            string.Create(c, $"A day in the hall: {run.Plan.Day:yyyy-MM-dd}, seed {run.Plan.Seed}"), statistics, notes, prefix);
        File.WriteAllText(path, markdown);
        foreach (var (name, png) in images)
        {
            File.WriteAllBytes(Path.Combine(folder, name), png);
        }

        return statistics;
    }

    private static string Reasons(IReadOnlyCollection<Resident> residents)
    {
        var reasons = residents.Where(r => r.LeftBecause is not null).GroupBy(r => r.LeftBecause!)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} {g.Count()}")).ToList();
        return reasons.Count == 0 ? string.Empty : $" ({string.Join(", ", reasons)})";
    }
}
