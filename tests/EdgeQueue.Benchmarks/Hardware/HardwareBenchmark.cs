using System.Diagnostics;
using System.Net.Sockets;
using EdgeQueue.Hardware.Audio;
using EdgeQueue.Hardware.Printing;
using EdgeQueue.Hardware.Printing.Ports;
using EdgeQueue.Testing;
using EdgeQueue.Simulation.Printing;

namespace EdgeQueue.Benchmarks.Hardware;

/// <summary>
/// The hardware steps on the hub's hot paths. Announcement: composing a call WAV from clips in
/// process, against sox joining the same clip files (what a shell script would do). Printing: a
/// full ticket job to a loopback network printer (encode, DLE EOT status, send), against sending
/// the same bytes on a bare socket without the status check.
/// </summary>
public sealed class HardwareBenchmark : IBenchmark
{
    public string Name => "hardware";

    public string Description => "announcement WAV vs sox, ticket print job vs bare socket send (--count N, --quick)";

    public async Task<int> RunAsync(BenchArguments arguments, TextWriter output, CancellationToken cancellation)
    {
        var count = arguments.GetInt("count", arguments.Quick ? 20 : 200);
        await output.WriteLineAsync($"hardware benchmark, {count} iterations each");

        var voice = VoiceClipSet.LoadDefault();
        var composer = new AnnouncementComposer(voice);
        var compose = new LatencyRecorder();
        var sox = new LatencyRecorder();
        using var folder = new TempDirectory("eq-bench-hw");
        for (var i = 0; i < count && !cancellation.IsCancellationRequested; i++)
        {
            var ticket = $"A{i % 1000:D3}";
            var start = Stopwatch.GetTimestamp();
            var call = composer.ComposeCall(ticket, 5);
            _ = call.ToWavBytes();
            compose.Record(start, Stopwatch.GetTimestamp());

            var files = call.Clips.Select(c => Path.Combine(voice.Folder, voice[c].FileName)).Append(folder.File("call.wav")).ToArray();
            start = Stopwatch.GetTimestamp();
            await RunAsync("sox", files, cancellation);
            sox.Record(start, Stopwatch.GetTimestamp());
        }

        await output.WriteLineAsync($"  compose call WAV (in process): {compose.Summary()}");
        await output.WriteLineAsync($"  peer: sox joining the clips:   {sox.Summary()}");
        await output.WriteLineAsync($"  ratio p50 sox / composer: {sox.PercentileMs(50) / compose.PercentileMs(50):F0}x");

        await using var printer = new LoopbackNetworkPrinter();
        using var thermal = new EscPosPrinter(new RawTcpPrinterPort("127.0.0.1", printer.Port));
        var receipt = new TicketReceipt
        {
            SiteName = "Urząd Miasta Poznania",
            TicketNumber = "A017",
            MatterName = "Dowody osobiste",
            PeopleWaiting = 5,
            EstimatedWaitMinutes = 12,
            IssuedAt = new DateTimeOffset(2026, 11, 21, 8, 15, 0, TimeSpan.FromHours(1)),
            ETicketUrl = new Uri("https://kolejka.poznan.pl/e/pozn-01/A017?k=7f3a9c"),
        };
        var bytes = new EscPosTicketEncoder().Encode(receipt);
        var job = new LatencyRecorder();
        var bare = new LatencyRecorder();
        for (var i = 0; i < count && !cancellation.IsCancellationRequested; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var result = await thermal.PrintAsync(receipt, cancellation);
            job.Record(start, Stopwatch.GetTimestamp());
            if (!result.Succeeded)
            {
                await output.WriteLineAsync($"print failed: {result}");
                return 1;
            }

            await printer.NextJobAsync(TimeSpan.FromSeconds(30));
            start = Stopwatch.GetTimestamp();
            using (var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true })
            {
                await socket.ConnectAsync("127.0.0.1", printer.Port, cancellation);
                await socket.SendAsync(bytes, SocketFlags.None, cancellation);
                socket.Shutdown(SocketShutdown.Send);
            }

            bare.Record(start, Stopwatch.GetTimestamp());
            await printer.NextJobAsync(TimeSpan.FromSeconds(30));
        }

        await output.WriteLineAsync($"  print job (encode + DLE EOT 1/2/4 + send): {job.Summary()}");
        await output.WriteLineAsync($"  peer: bare socket send of the bytes:      {bare.Summary()}");
        await output.WriteLineAsync($"  ratio p50 job / bare send: {job.PercentileMs(50) / bare.PercentileMs(50):F1}x");
        return 0;
    }

    private static async Task RunAsync(string program, string[] arguments, CancellationToken cancellation)
    {
        var start = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program}");
        await process.WaitForExitAsync(cancellation);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} failed: {await process.StandardError.ReadToEndAsync(cancellation)}");
        }
    }
}
