using System.Globalization;
using EdgeQueue.Contracts;
using EdgeQueue.Contracts.Messages;
using EdgeQueue.Hub.Security;
using EdgeQueue.Hub.Site;
using EdgeQueue.Testing;

namespace EdgeQueue.Benchmarks.Hub;

/// <summary>
/// <c>./edgequeue bench hub</c>: a hub process with 40 devices logged in with their own
/// credentials. Measures button press → ticket committed, printed and replied (DESIGN.md §8: p99 ≤
/// 20 ms), clerk Next → the hall screen's Server-Sent Event (p99 ≤ 100 ms) and the LED board's frame
/// (p99 ≤ 50 ms, read from the board's SPI capture) while dispensers keep
/// issuing, and the hub's resident memory (≤ 100 MB). Each figure is printed beside its budget.
/// </summary>
public sealed class HubBenchmark : IBenchmark
{
    private const double PressBudgetMs = 20;
    private const double CallBudgetMs = 100;
    private const double BoardBudgetMs = 50;
    private const double MemoryBudgetMb = 100;

    public string Name => "hub";

    public string Description => "edge hub with 40 devices: press → reply, Next → hall screen SSE, resident memory";

    public async Task<int> RunAsync(BenchArguments arguments, TextWriter output, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        var presses = arguments.GetInt("presses", arguments.Quick ? 400 : 3000);
        var nexts = arguments.GetInt("nexts", arguments.Quick ? 100 : 600);
        using var folder = new TempDirectory("bench-hub");
        var httpPort = FreePort.Next();
        var mqttPort = FreePort.Next();
        var siteFile = folder.File("bench-hall.json");
        await File.WriteAllTextAsync(siteFile, BenchSite.Json(httpPort, mqttPort), cancellation);
        var http = new Uri($"http://127.0.0.1:{httpPort}");
        var topics = new SiteTopics(BenchSite.SiteId);

        output.WriteLine($"hub benchmark: {BenchSite.Dispensers} dispensers + {BenchSite.Keypads} keypads, {presses} presses, {nexts} calls{(arguments.Quick ? " (quick)" : string.Empty)}; hub: {arguments.Get("hub") ?? "dotnet EdgeQueue.Hub.dll (build output)"}");
        var hubPath = arguments.Get("hub");
        await using var hub = await HubProcess.StartAsync(siteFile, folder.File("data"), http, cancellation, hubPath);
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

            // Warm-up: first JIT of every path, not part of the figures.
            foreach (var d in dispensers)
            {
                await d.SendAsync(DeviceEventKinds.TicketRequest, "A", cancellation);
            }

            var pressLatency = await MeasurePressesAsync(dispensers, presses, cancellation);
            await using var screen = new HallScreenListener(http);
            using var board = new LedBoardWatcher(Path.Combine(folder.File("data"), BenchSite.LedBoardCapture), BenchSite.LedBoardLayout);
            var (callLatency, nextLatency, boardLatency) = await MeasureCallsAsync(dispensers, keypads, screen, board, nexts, cancellation);
            var memory = hub.Memory();
            var health = await HubProcess.HealthAsync(http, cancellation);

            var residentMb = memory.Now / 1024.0 / 1024.0;
            var peakMb = memory.Peak / 1024.0 / 1024.0;
            await DisconnectAsync(dispensers.Concat(keypads));
            dispensers.Clear();
            keypads.Clear();
            await hub.DisposeAsync();
            var peer = await MeasureOnMosquittoAsync(folder, presses / 2, hubPath, cancellation);

            output.WriteLine(Line("press → reply (committed, printed)", pressLatency, PressBudgetMs));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{"  same hub on Mosquitto 2 (peer)",-38} {peer.Summary()}; embedded/Mosquitto p50 {pressLatency.PercentileMs(50) / peer.PercentileMs(50):F2}×, p99 {pressLatency.PercentileMs(99) / peer.PercentileMs(99):F2}×"));
            output.WriteLine(Line("Next → reply at keypad", nextLatency, PressBudgetMs));
            output.WriteLine(Line("Next → hall screen SSE event", callLatency, CallBudgetMs));
            output.WriteLine(Line("Next → LED board frame (counters 1-8)", boardLatency, BoardBudgetMs));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{"hub resident memory (40 devices)",-38} {residentMb:F1} MB now, {peakMb:F1} MB peak, {idle.Now / 1024.0 / 1024.0:F1} MB at start; PSS {(memory.Proportional ?? 0) / 1024.0 / 1024.0:F1} MB; budget {MemoryBudgetMb:F0} MB → {Verdict(peakMb / MemoryBudgetMb)}"));
            output.WriteLine($"  hub /health after the run: {health}");
            return 0;
        }
        catch (InvalidOperationException e)
        {
            output.WriteLine($"hub benchmark failed: {e.Message}");
            output.WriteLine("hub log:");
            output.WriteLine(hub.Log);
            return 1;
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
        var draft = SiteFileLoader.Parse(BenchSite.ExternalJson(1, 1));
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
        await File.WriteAllTextAsync(siteFile, BenchSite.ExternalJson(httpPort, mosquitto.Port), cancellation);
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

    private static string Line(string what, LatencyRecorder recorder, double budgetMs) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{what,-38} {recorder.Summary()}; budget p99 {budgetMs:F0} ms → {Verdict(recorder.PercentileMs(99) / budgetMs)}");

    private static string Verdict(double ratio) =>
        string.Create(CultureInfo.InvariantCulture, $"{ratio:F2}× of budget{(ratio <= 1 ? string.Empty : " — OVER BUDGET")}");
}
