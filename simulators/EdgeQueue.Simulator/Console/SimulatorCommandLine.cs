using System.CommandLine;
using System.Globalization;
using EdgeQueue.Hosting;
using EdgeQueue.Simulator.Faults;
using EdgeQueue.Simulator.Hall;
using EdgeQueue.Simulator.Reporting;

namespace EdgeQueue.Simulator.Console;

/// <summary>
/// <c>./edgequeue demo</c> (a hall to watch) and <c>./edgequeue sim day</c> (a day headless, then
/// the report). Exit 0 when nothing was lost, 1 when the loss check failed, 2 on bad options, 3
/// when the hall could not be started; every failure is one line on standard error.
/// </summary>
internal static class SimulatorCommandLine
{
    /// <summary>
    /// Parses and runs. Options that do not parse end in one line naming the cause and where the
    /// help is, exit 2 (System.CommandLine would print the whole help after the error).
    /// </summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, InvocationConfiguration invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var parsed = Build(output, error).Parse(args);
        if (parsed.Errors.Count > 0)
        {
            var verb = parsed.CommandResult.Command.Name is "day" ? "sim day" : parsed.CommandResult.Command.Name is "demo" ? "demo" : "sim";
            await error.WriteLineAsync($"edgequeue {verb}: error: {parsed.Errors[0].Message} (./edgequeue {verb} --help lists the options)");
            return 2;
        }

        return await parsed.InvokeAsync(invocation);
    }

    public static RootCommand Build(TextWriter output, TextWriter error)
    {
        var root = new RootCommand("EdgeQueue simulators: a whole hall on one machine (embedded broker, the hub, devices running the firmware core, a day of residents and clerks)");
        root.Subcommands.Add(Demo(output, error));
        root.Subcommands.Add(Day(output, error));
        return root;
    }

    private static Command Demo(TextWriter output, TextWriter error)
    {
        var o = new HallOptions(defaultSpeed: 60, defaultOut: "demo-out", withCentral: true);
        var command = new Command("demo", "Starts the whole system (central, the city broker, a simulated hall with its hub and devices) and runs a day at a visible speed; prints every page with its log-in; Ctrl-C stops it cleanly");
        o.AddTo(command);
        command.SetAction((result, cancellation) => RunAsync(o.Read(result), reportPath: null, live: true, output, error));
        return command;
    }

    private static Command Day(TextWriter output, TextWriter error)
    {
        var o = new HallOptions(defaultSpeed: 600, defaultOut: "sim-out");
        var report = new Option<string>("--report") { Description = "Where to write the day's report (Markdown, PNG charts beside it); default OUT/report.md" };
        var command = new Command("day", "Runs a whole day headless, then writes the report computed from the hub's database");
        o.AddTo(command);
        command.Options.Add(report);
        command.SetAction((result, cancellation) =>
        {
            var options = o.Read(result);
            var path = result.GetValue(report) ?? Path.Combine(options.OutFolder, "report.md");
            return RunAsync(options, path, live: false, output, error);
        });
        return command;
    }

    private static async Task<int> RunAsync(HallRunOptions options, string? reportPath, bool live, TextWriter output, TextWriter error)
    {
        using var stop = new StopSignal();
        using var runFor = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
        if (options.RunFor is { } span)
        {
            runFor.CancelAfter(span);
        }

        SimulatedHall hall;
        try
        {
            _ = FaultSchedule.Parse(options.Faults, ["disp-01", "disp-02", "disp-03", .. Enumerable.Range(1, 8).Select(i => $"keypad-{i:00}"), .. Enumerable.Range(1, 8).Select(i => $"board-{i:00}")],
                new TimeOnly(0, 0), new TimeOnly(23, 59));
            output.WriteLine(options.WithCentral
                ? $"starting central, the city broker and the hall: broker, hub, devices (output in {Path.GetFullPath(options.OutFolder)})"
                : $"starting the hall: broker, hub, devices (output in {Path.GetFullPath(options.OutFolder)})");
            hall = await SimulatedHall.StartAsync(options, output, runFor.Token);
        }
        catch (FormatException e)
        {
            error.WriteLine($"sim: {e.Message}");
            return 2;
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or TimeoutException or UnauthorizedAccessException
            or System.Net.Sockets.SocketException or OperationCanceledException or EdgeQueue.Hub.Site.SiteFileException
            or HttpRequestException)
        {
            error.WriteLine($"sim: cannot start the hall: {e.Message}");
            return 3;
        }

        await using (hall)
        {
            try
            {
                _ = FaultSchedule.Parse(options.Faults, [.. hall.Layout.DeviceIds], hall.Plan.Profile.Opens, hall.Plan.Profile.Closes);
            }
            catch (FormatException e)
            {
                error.WriteLine($"sim: {e.Message}");
                return 2;
            }

            PrintWelcome(hall, output);
            using var summaryStop = new CancellationTokenSource();
            var summary = live
                ? new LiveSummary(hall, output, inPlace: !System.Console.IsOutputRedirected).RunAsync(summaryStop.Token)
                : Task.CompletedTask;
            if (!live)
            {
                hall.Journal.Noted += line => output.WriteLine(line);
            }

            HallRunResult result;
            try
            {
                result = await hall.RunDayAsync(runFor.Token);
            }
            catch (Exception e) when (e is InvalidOperationException or IOException or TimeoutException or Microsoft.Data.Sqlite.SqliteException)
            {
                error.WriteLine($"sim: the run failed: {e.Message}");
                return 3;
            }

            await summaryStop.CancelAsync();
            await summary;
            if (reportPath is not null)
            {
                DayReport.Write(reportPath, result, hall.Roster, hall.Ledger, hall.Printers);
                output.WriteLine($"report: {Path.GetFullPath(reportPath)}");
            }

            var statistics = DayReport.Statistics(result);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"tickets {statistics.Tickets}, served {statistics.Served}, removed after no-shows {statistics.RemovedAfterNoShows}, still waiting {statistics.StillWaiting}; tickets and WAVs in {result.OutFolder}"));
            if (!result.Loss.NothingLost)
            {
                error.WriteLine($"sim: loss check failed: {result.Loss.Summary}");
                return 1;
            }

            output.WriteLine(result.Loss.Summary);
            return 0;
        }
    }

    private static void PrintWelcome(SimulatedHall hall, TextWriter output)
    {
        var address = hall.HubAddress.ToString().TrimEnd('/');
        output.WriteLine($"hall page:        {address}/display");
        output.WriteLine($"technician page:  {address}/devices   (user {hall.Credentials.TechnicianUser}, password {hall.Credentials.TechnicianPassword})");
        output.WriteLine($"tickets:          {Path.Combine(hall.OutFolder, "tickets")}   announcements: {Path.Combine(hall.OutFolder, "announcements")}");
        output.WriteLine($"hub log:          {Path.Combine(hall.DataFolder, "hub.log")}");
        if (hall.CentralAddress is { } centralAddress)
        {
            var central = centralAddress.ToString().TrimEnd('/');
            output.WriteLine($"central, booking: {central}/   (residents book here; the visits reach the hall)");
            output.WriteLine($"central, staff:   {central}/logowanie   (user {hall.Credentials.AdministratorUser}, password {hall.Credentials.AdministratorPassword}): statistics {central}/statystyki, fleet {central}/flota, administration {central}/admin");
            output.WriteLine($"e-tickets:        {central}/e/{hall.Site.SiteId}/A001   (what each ticket's QR code opens)");
            output.WriteLine($"central log:      {Path.Combine(hall.DataFolder, "central.log")}   e-mails: {Path.Combine(hall.CentralDataFolder, "mail-outbox")}");
        }

        output.WriteLine();
    }
}
