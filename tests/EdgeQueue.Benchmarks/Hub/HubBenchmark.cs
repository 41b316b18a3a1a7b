using System.Globalization;
using EdgeQueue.Contracts;
using EdgeQueue.Contracts.Messages;
using EdgeQueue.Hub.Security;
using EdgeQueue.Hub.Site;
using EdgeQueue.Testing;

namespace EdgeQueue.Benchmarks.Hub;

/// <summary>
/// <c>./edgequeue bench hub</c>: the hub with 40 devices logged in with their own credentials, run
/// twice against the same devices: the IL build on the JIT (<c>dotnet EdgeQueue.Hub.dll</c>) and the
/// Native AOT executable (<c>./edgequeue publish-hub</c>). For each it measures start-up to serving,
/// button press → ticket committed, printed and replied, clerk Next → the keypad's reply, the hall
/// screen's Server-Sent Event and the LED board's frame (read from the board's SPI capture) while
/// dispensers keep issuing, and the resident memory. Both columns are printed with their ratio and
/// the budgets (DESIGN.md §8) and the native hub's targets (issue 18). <c>--hub PATH</c> measures one
/// given build instead.
/// </summary>
public sealed class HubBenchmark : IBenchmark
{
    private static readonly HubBudget[] Budgets =
    [
        new("start-up to serving (ms)", double.NaN, 500, r => r.StartUp.TotalMilliseconds),
        new("press → reply p99 (ms)", 20, 10, r => r.Press.PercentileMs(99)),
        new("Next → keypad reply p99 (ms)", 20, 10, r => r.NextReply.PercentileMs(99)),
        new("Next → hall screen p99 (ms)", 100, 50, r => r.Screen.PercentileMs(99)),
        new("Next → LED board frame p99 (ms)", 50, 50, r => r.Board.PercentileMs(99)),
        new("resident memory peak (MB)", 100, 64, r => r.Memory.PeakMb),
    ];

    public string Name => "hub";

    public string Description => "edge hub with 40 devices, JIT and Native AOT side by side: start-up, press → reply, Next → screen and LED board, memory (--presses N, --nexts N, --hub PATH, --native PATH, --quick)";

    public async Task<int> RunAsync(BenchArguments arguments, TextWriter output, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        var presses = arguments.GetInt("presses", arguments.Quick ? 400 : 3000);
        var nexts = arguments.GetInt("nexts", arguments.Quick ? 100 : 600);
        IReadOnlyList<HubBuild> builds;
        try
        {
            builds = arguments.Get("hub") is { } given ? [new HubBuild("given", given)] : [HubBuild.Jit, HubBuild.Native(arguments.Get("native"))];
        }
        catch (FileNotFoundException e)
        {
            output.WriteLine($"hub benchmark: no Native AOT hub to measure ({e.Message}); ./edgequeue bench hub publishes it first, or run ./edgequeue publish-hub");
            return 1;
        }

        output.WriteLine($"hub benchmark: {BenchSite.Dispensers} dispensers + {BenchSite.Keypads} keypads, {presses} presses, {nexts} calls{(arguments.Quick ? " (quick)" : string.Empty)}");
        using var folder = new TempDirectory("bench-hub");
        var rounds = new List<HubRound>();
        foreach (var build in builds)
        {
            output.WriteLine($"[{build.Name}] {build.Describe()}");
            var round = await MeasureBuildAsync(build, folder, presses, nexts, output, cancellation);
            if (round is null)
            {
                return 1;
            }

            rounds.Add(round);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  start-up to serving                  {round.StartUp.TotalMilliseconds:F0} ms"));
            output.WriteLine(Line("press → reply (committed, printed)", round.Press));
            output.WriteLine(Line("Next → reply at keypad", round.NextReply));
            output.WriteLine(Line("Next → hall screen SSE event", round.Screen));
            output.WriteLine(Line("Next → LED board frame (counters 1-8)", round.Board));
            var m = round.Memory;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {"resident memory (40 devices)",-37} {m.NowMb:F1} MB now, {m.PeakMb:F1} MB peak, {m.AtStartMb:F1} MB at start; PSS {m.ProportionalMb:F1} MB"));
            output.WriteLine($"  /health after the run: {round.Health}");
        }

        var production = rounds[^1];
        var peer = await MeasureOnMosquittoAsync(folder, presses / 2, production.Build.Program, cancellation);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"[{production.Build.Name} on Mosquitto 2 (peer)] press → reply {peer.Summary()}; embedded/Mosquitto p50 {production.Press.PercentileMs(50) / peer.PercentileMs(50):F2}×, p99 {production.Press.PercentileMs(99) / peer.PercentileMs(99):F2}×"));
        output.WriteLine();
        WriteTable(output, rounds);
        return 0;
    }

    /// <summary>The side-by-side table: each build's figure, the ratio of the last to the first, the budget and the native target.</summary>
    private static void WriteTable(TextWriter output, List<HubRound> rounds)
    {
        var header = $"{"figure",-32}" + string.Concat(rounds.Select(r => $" {r.Build.Name,10}")) + (rounds.Count > 1 ? $" {rounds[^1].Build.Name + "/" + rounds[0].Build.Name,9}" : string.Empty)
            + $" {"budget",7} {"target",7}  {rounds[^1].Build.Name} verdict";
        output.WriteLine(header);
        foreach (var budget in Budgets)
        {
            var values = rounds.Select(budget.Figure).ToList();
            var line = string.Create(CultureInfo.InvariantCulture, $"{budget.Name,-32}{string.Concat(values.Select(v => $" {v,10:F1}"))}");
            if (rounds.Count > 1)
            {
                line += string.Create(CultureInfo.InvariantCulture, $" {values[^1] / values[0],8:F2}×");
            }

            line += string.Create(CultureInfo.InvariantCulture, $" {(double.IsNaN(budget.Design) ? "-" : budget.Design.ToString("F0", CultureInfo.InvariantCulture)),7} {budget.Target,7:F0}  {budget.Verdict(values[^1])}");
            output.WriteLine(line);
        }
    }

    /// <summary>Starts one build, connects the devices, measures, and stops it; null (with the hub's log printed) when it failed.</summary>
    private static async Task<HubRound?> MeasureBuildAsync(
        HubBuild build, TempDirectory folder, int presses, int nexts, TextWriter output, CancellationToken cancellation)
    {
        var httpPort = FreePort.Next();
        var mqttPort = FreePort.Next();
        var siteFile = folder.File($"bench-hall-{build.Name}.json");
        var data = folder.File($"data-{build.Name}");
        using var prints = new TempDirectory($"bench-prints-{build.Name}", BenchSite.CaptureParent);
        await File.WriteAllTextAsync(siteFile, BenchSite.Json(httpPort, mqttPort, prints.Path), cancellation);
        var http = new Uri($"http://127.0.0.1:{httpPort}");
        var topics = new SiteTopics(BenchSite.SiteId);
        await using var hub = await HubProcess.StartAsync(siteFile, data, http, cancellation, build.Program);
        var idle = hub.Memory();
        var dispensers = new List<BenchDevice>();
        var keypads = new List<BenchDevice>();
        try
        {
            for (var n = 1; n <= BenchSite.Dispensers; n++)
            {
                dispensers.Add(await BenchDevice.ConnectAsync(mqttPort, topics, BenchSite.DispenserId(n), cancellation));
            }

            for (var n = 1; n <= BenchSite.Keypads; n++)
            {
                keypads.Add(await BenchDevice.ConnectAsync(mqttPort, topics, BenchSite.KeypadId(n), cancellation));
            }

            // Warm-up: the first run of every path (and the JIT build's first compilation), not part of the figures.
            foreach (var d in dispensers)
            {
                await d.SendAsync(DeviceEventKinds.TicketRequest, "A", cancellation);
            }

            var pressLatency = await MeasurePressesAsync(dispensers, presses, cancellation);
            await using var screen = new HallScreenListener(http);
            using var board = new LedBoardWatcher(Path.Combine(data, BenchSite.LedBoardCapture), BenchSite.LedBoardLayout);
            var (callLatency, nextLatency, boardLatency) = await MeasureCallsAsync(dispensers, keypads, screen, board, nexts, cancellation);
            var memory = hub.Memory();
            var health = await HubProcess.HealthAsync(http, cancellation);
            const double Mb = 1024.0 * 1024.0;
            return new HubRound(build, hub.StartUp, pressLatency, nextLatency, callLatency, boardLatency,
                new HubMemory(idle.Now / Mb, memory.Now / Mb, memory.Peak / Mb, (memory.Proportional ?? 0) / Mb), health);
        }
        catch (InvalidOperationException e)
        {
            output.WriteLine($"hub benchmark ({build.Name}) failed: {e.Message}");
            output.WriteLine("hub log:");
            output.WriteLine(hub.Log);
            return null;
        }
        finally
        {
            await DisconnectAsync(dispensers.Concat(keypads));
        }
    }

    private static async Task DisconnectAsync(IEnumerable<BenchDevice> devices)
    {
        foreach (var device in devices)
        {
            await device.DisposeAsync();
        }
    }

    /// <summary>
    /// The peer: the same hub and dispensers with Mosquitto as the site broker (ACL and password file
    /// exported from the site file), to see what the embedded broker costs or saves.
    /// </summary>
    private static async Task<LatencyRecorder> MeasureOnMosquittoAsync(TempDirectory folder, int presses, string? hubPath, CancellationToken cancellation)
    {
        using var prints = new TempDirectory("bench-prints-mosquitto", BenchSite.CaptureParent);
        var draft = SiteFileLoader.Parse(BenchSite.ExternalJson(1, 1, prints.Path));
        var passwordFile = folder.File("mosquitto.passwd");
        await File.WriteAllTextAsync(passwordFile, MosquittoExport.PasswordFile(draft, BenchSite.Hash(BenchSite.HubUser, BenchSite.HubPassword)), cancellation);
        await using var mosquitto = await MosquittoRunner.StartAsync(new MosquittoOptions
        {
            AclLines = MosquittoExport.AclFile(draft).Split('\n'),
            // As the exported configuration says: without it Mosquitto's replies wait on Nagle's algorithm.
            ExtraConfig = [$"password_file {passwordFile}", "set_tcp_nodelay true"],
        }, cancellation);
        var httpPort = FreePort.Next();
        var siteFile = folder.File("bench-hall-mosquitto.json");
        await File.WriteAllTextAsync(siteFile, BenchSite.ExternalJson(httpPort, mosquitto.Port, prints.Path), cancellation);
        await using var hub = await HubProcess.StartAsync(siteFile, folder.File("data-mosquitto"), new Uri($"http://127.0.0.1:{httpPort}"), cancellation, hubPath);
        var topics = new SiteTopics(BenchSite.SiteId);
        var dispensers = new List<BenchDevice>();
        try
        {
            for (var n = 1; n <= BenchSite.Dispensers; n++)
            {
                dispensers.Add(await BenchDevice.ConnectAsync(mosquitto.Port, topics, BenchSite.DispenserId(n), cancellation));
            }

            foreach (var d in dispensers)
            {
                await d.SendAsync(DeviceEventKinds.TicketRequest, "A", cancellation);
            }

            return await MeasurePressesAsync(dispensers, presses, cancellation);
        }
        finally
        {
            await DisconnectAsync(dispensers);
        }
    }

    private static async Task<LatencyRecorder> MeasurePressesAsync(List<BenchDevice> dispensers, int presses, CancellationToken cancellation)
    {
        var recorder = new LatencyRecorder();
        var remaining = presses;
        var categories = new[] { "A", "B", "C", "D" };
        await Task.WhenAll(dispensers.Select(async (d, i) =>
        {
            var random = new Random(i);
            while (Interlocked.Decrement(ref remaining) >= 0)
            {
                var (reply, started, answered) = await d.SendAsync(DeviceEventKinds.TicketRequest, categories[random.Next(4)], cancellation);
                if (!reply.Ok)
                {
                    throw new InvalidOperationException($"{d.Id} press refused: {reply.Error} {reply.Message}");
                }

                recorder.Record(started, answered);
                // A resident takes a moment between presses; ten dispensers still press ~400 times a second.
                await Task.Delay(random.Next(0, 40), cancellation);
            }
        }));
        return recorder;
    }

    private static async Task<(LatencyRecorder Screen, LatencyRecorder Reply, LatencyRecorder Board)> MeasureCallsAsync(
        List<BenchDevice> dispensers, List<BenchDevice> keypads, HallScreenListener screen, LedBoardWatcher board, int nexts,
        CancellationToken cancellation)
    {
        var toScreen = new LatencyRecorder();
        var toBoard = new LatencyRecorder();
        var toReply = new LatencyRecorder();
        using var stopIssuing = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        // Dispensers keep issuing while the clerks call: the screen also gets waiting-count updates.
        var background = Task.WhenAll(dispensers.Select(async (d, i) =>
        {
            var random = new Random(100 + i);
            try
            {
                while (!stopIssuing.IsCancellationRequested)
                {
                    await d.SendAsync(DeviceEventKinds.TicketRequest, "ABCD"[random.Next(4)].ToString(), stopIssuing.Token);
                    await Task.Delay(random.Next(50, 250), stopIssuing.Token);
                }
            }
            catch (OperationCanceledException)
            {
            }
        }));

        for (var i = 0; i < nexts; i++)
        {
            // Round robin, so two consecutive calls are never at the same counter.
            var keypad = keypads[i % keypads.Count];
            var counter = keypad.Id.Number;
            var arrived = screen.ExpectCallAsync(counter, screen.Version);
            var (reply, started, answered) = await keypad.SendAsync(DeviceEventKinds.CounterNext, null, cancellation);
            if (!reply.Ok || reply.Ticket is null)
            {
                throw new InvalidOperationException($"{keypad.Id} Next refused: {reply.Error} {reply.Message}");
            }

            toReply.Record(started, answered);
            toScreen.Record(started, await arrived.WaitAsync(TimeSpan.FromSeconds(30), cancellation));
            if (counter <= BenchSite.LedBoardLayout.Rows)
            {
                toBoard.Record(started, await board.ShownAsync(counter, reply.Ticket, started).WaitAsync(TimeSpan.FromSeconds(30), cancellation));
            }
            await Task.Delay(10, cancellation);
        }

        await stopIssuing.CancelAsync();
        await background;
        return (toScreen, toReply, toBoard);
    }

    private static string Line(string what, LatencyRecorder recorder) => $"  {what,-37} {recorder.Summary()}";
}
