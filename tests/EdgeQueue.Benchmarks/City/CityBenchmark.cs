using System.Diagnostics;
using System.Globalization;
using EdgeQueue.Benchmarks.Central;
using EdgeQueue.Benchmarks.Sync;
using EdgeQueue.Central.Sync.Link;
using EdgeQueue.Central.Sync.Reading;
using EdgeQueue.Central.Sync.Storage;
using EdgeQueue.Hosting;
using EdgeQueue.Hub.Central;
using EdgeQueue.Hub.Hosting;
using EdgeQueue.Hub.Site;
using EdgeQueue.Queue.Commands;
using EdgeQueue.Testing;
using Microsoft.Extensions.Logging;

namespace EdgeQueue.Benchmarks.City;

/// <summary>
/// <c>./edgequeue bench city --halls 50</c>: a city on one central. Every hall is a real hub
/// (<c>HubHost</c>: queue engine, SQLite store, its production sync link) in this process; central is
/// the real <c>EdgeQueue.Central.dll</c> as a process of its own on a durable PostgreSQL (sync link and
/// booking API), all meeting on Mosquitto. A busy day per hall (issue, call, done: ≈ 3,000 events):
/// seven eighths of it live, with residents booking at central meanwhile; then every hall is cut off
/// for the last hour (the broker stops) and the figure is how long central takes to catch up once it
/// returns. Peer in the same run: the same rows inserted into the same PostgreSQL with plain INSERTs.
/// Residents book twice: while the halls work flat out (a day squeezed into minutes: a stress far
/// beyond any city), and while they work at <c>--pace</c> events per second each (default 5, ten
/// times a busy hall's peak hour); the 200 ms budget is judged on the second.
/// </summary>
public sealed class CityBenchmark : IBenchmark
{
    private const double CatchUpBudgetSeconds = 60;
    private const double BookingBudgetMs = 200;

    /// <summary>A busy hall (Toruń, 37 counters) at its peak hour: about 0.5 events per second (docs/scale.md).</summary>
    private const double BusyHallPeakEventsPerSecond = 0.5;

    public string Name => "city";

    public string Description => "50 real hubs syncing with a central process on PostgreSQL: live ingest, lag, catch-up after an hour cut off, booking p99 (halls flat out and at --pace), memory, beside raw INSERTs (--halls N, --events N, --residents N, --rush-seconds N, --pace N, --quick)";

    public async Task<int> RunAsync(BenchArguments arguments, TextWriter output, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        var halls = arguments.GetInt("halls", arguments.Quick ? 5 : 50);
        var events = arguments.GetInt("events", arguments.Quick ? 600 : 3000);
        var residents = arguments.GetInt("residents", arguments.Quick ? 30 : 100);
        var cutEvents = Math.Max(3, events / 8); // the last of an eight-hour day
        var c = CultureInfo.InvariantCulture;
        using var folder = new TempDirectory("bench-city");
        await using var postgres = await PostgresRunner.StartAsync(durable: true, cancellation: cancellation);
        var database = await postgres.CreateDatabaseAsync("city", cancellation);
        var sites = Enumerable.Range(1, halls).Select(i => string.Create(c, $"hall-{i:00}")).ToList();
        await using var broker = await MosquittoRunner.StartAsync(new MosquittoOptions
        {
            Users = [new MosquittoUser("central", "central-secret"), .. sites.Select(s => new MosquittoUser($"hub-{s}", "hub-secret"))],
            AclLines = SyncAccessRules.MosquittoLines("central", sites.ToDictionary(s => $"hub-{s}", s => s)),
            ExtraConfig = ["max_queued_messages 100000"],
        }, cancellation);
        output.WriteLine(string.Create(c,
            $"city benchmark: {halls} halls × {events} events (the last {cutEvents} while cut off), {residents} residents booking; Mosquitto on :{broker.Port}, PostgreSQL (fsync on) on :{postgres.Port}, {Environment.ProcessorCount} cores"));

        await using var desk = await BookingBenchHost.StartAsync(database);
        var matter = await desk.CreateRushMatterAsync(BookingRush.Counters, BookingRush.VisitMinutes);
        await using var central = await StartCentralAsync(folder.File("central"), database, broker.Port, cancellation);
        using var reader = CentralSyncStore.OpenPostgres(database, TimeProvider.System);
        var hubs = await StartHallsAsync(sites, folder, broker.Port, cancellation);
        try
        {
            await UntilAsync(() => hubs.All(h => h.Central!.State == CentralLinkState.Up), TimeSpan.FromSeconds(120), "every hall linked", cancellation);

            // The day, live, flat out: halls as fast as they go, residents booking, lag sampled.
            var rushSeconds = arguments.GetInt("rush-seconds", arguments.Quick ? 15 : 45);
            var pace = arguments.GetInt("pace", 5);
            var paced = pace * rushSeconds;
            var flat = Math.Max(3, events - cutEvents - paced);
            var api = new Uri($"http://127.0.0.1:{central.Port}/");
            var dayClock = Stopwatch.StartNew();
            var flatOut = await DuringAsync(hubs, reader, () => Task.WhenAll(hubs.Select(h => WorkAsync(h, flat, cancellation))),
                BookingRush.RunAsync("PostgreSQL, halls flat out", api, matter, residents, rushSeconds, 1000, desk.VerifyAsync, cancellation));
            var committed = dayClock.Elapsed.TotalSeconds;
            var flatEvents = hubs.Sum(h => h.Queue.LastSequence);
            await UntilAsync(() => AllStored(hubs, reader), TimeSpan.FromSeconds(300), "central has the live day", cancellation);
            var liveSeconds = dayClock.Elapsed.TotalSeconds;

            // The rest of the live day at a city's pace (ten times a busy hall's peak hour by default).
            var bookedBefore = flatOut.Rush.Booked;
            async Task<(long Overbooked, long CounterMismatches, long Booked)> VerifyPacedAsync()
            {
                // The desk counts every booking in the database; the first rush's are not this one's.
                var (overbooked, mismatches, booked) = await desk.VerifyAsync();
                return (overbooked, mismatches, booked - bookedBefore);
            }

            var pacedClock = Stopwatch.StartNew();
            var atPace = await DuringAsync(hubs, reader, () => Task.WhenAll(hubs.Select(h => PacedWorkAsync(h, pace, TimeSpan.FromSeconds(rushSeconds), cancellation))),
                BookingRush.RunAsync($"PostgreSQL, halls at {pace} events/s each", api, matter, residents, rushSeconds, 1000, VerifyPacedAsync, cancellation));
            var pacedEvents = hubs.Sum(h => h.Queue.LastSequence) - flatEvents;
            var pacedSeconds = pacedClock.Elapsed.TotalSeconds;
            await UntilAsync(() => AllStored(hubs, reader), TimeSpan.FromSeconds(300), "central has the paced hour", cancellation);

            // The last hour, cut off.
            await broker.StopAsync();
            await UntilAsync(() => hubs.All(h => h.Central!.State == CentralLinkState.Down), TimeSpan.FromSeconds(60), "every hall cut off", cancellation);
            var before = hubs.Sum(h => h.Queue.LastSequence);
            await Task.WhenAll(hubs.Select(h => WorkAsync(h, cutEvents, cancellation)));
            var backlog = hubs.Sum(h => h.Queue.LastSequence) - before;
            await broker.RestartAsync(cancellation);
            var back = Stopwatch.StartNew();
            await UntilAsync(() => AllStored(hubs, reader), TimeSpan.FromSeconds(600), "central caught up", cancellation);
            var catchUp = back.Elapsed.TotalSeconds;
            var memory = central.Process.Memory();

            var (gapless, total) = await VerifyAsync(hubs, reader, cancellation);
            var peer = await RawInsertRowsPerSecondAsync(database, reader, sites, cancellation);

            var ingest = backlog / catchUp;
            var flatRate = flatEvents / committed;
            output.WriteLine(string.Create(c, $"live day, flat out: {flatEvents} events committed by {halls} halls in {committed:F1} s ({flatRate:F0} events/s, {flatRate / (halls * BusyHallPeakEventsPerSecond):F0}× these halls' peak hour), all at central after {liveSeconds:F1} s ({flatEvents / liveSeconds:F0} events/s ingested)"));
            output.WriteLine(string.Create(c, $"lag, hall commit → stored at central (flat out, {flatOut.Lag.Count} samples): {flatOut.Lag.Summary()}"));
            output.WriteLine(flatOut.Rush.Describe());
            output.WriteLine(string.Create(c, $"live day at {pace} events/s per hall ({pace / BusyHallPeakEventsPerSecond:F0}× a busy hall's peak hour): {pacedEvents} events in {pacedSeconds:F1} s ({pacedEvents / pacedSeconds:F0} events/s)"));
            output.WriteLine(string.Create(c, $"lag, hall commit → stored at central (at pace, {atPace.Lag.Count} samples): {atPace.Lag.Summary()}"));
            output.WriteLine(atPace.Rush.Describe());
            output.WriteLine(string.Create(c, $"catch-up after every hall was cut off for the last hour: {backlog} events in {catchUp:F1} s ({ingest:F0} events/s ingested); budget {CatchUpBudgetSeconds} s: {(catchUp <= CatchUpBudgetSeconds ? "OK" : "OVER")}"));
            output.WriteLine(string.Create(c, $"central process memory: {memory.Now / 1048576.0:F0} MiB now, {memory.Peak / 1048576.0:F0} MiB peak"));
            output.WriteLine(string.Create(c, $"peer: the same {total} rows by plain INSERTs, 200 per transaction, one connection: {peer:F0} rows/s; catch-up ingest / raw INSERT {ingest / peer:F2}×"));
            output.WriteLine(string.Create(c, $"booking p99 with the halls flat out (stress, not budgeted): {flatOut.Rush.Bookings.PercentileMs(99):F1} ms"));
            var p99 = atPace.Rush.Bookings.PercentileMs(99);
            // Counted over the whole database after the second rush: both rushes' slots.
            var overbooked = atPace.Rush.Overbooked;
            output.WriteLine(string.Create(c, $"booking p99 with the halls at {pace} events/s each: {p99:F1} ms (≤ {BookingBudgetMs}): {(p99 <= BookingBudgetMs ? "OK" : "OVER")}; overbooked {overbooked}, failed {flatOut.Rush.Failed + atPace.Rush.Failed}"));
            output.WriteLine($"central holds every hall's events, 1..n each, no gap, no double: {(gapless ? "yes" : "NO")} ({total} events)");
            return gapless && overbooked == 0 ? 0 : 1;
        }
        finally
        {
            foreach (var hub in hubs)
            {
                await hub.DisposeAsync();
            }
        }
    }

    private static Task UntilAsync(Func<bool> done, TimeSpan timeout, string what, CancellationToken cancellation) =>
        BenchWait.UntilAsync("city", done, timeout, what, cancellation, pollMs: 20);

    private static async Task<CentralInstance> StartCentralAsync(string data, string database, int brokerPort, CancellationToken cancellation)
    {
        var port = FreePort.Next();
        var address = new Uri($"http://127.0.0.1:{port}/");
        var process = await ServiceProcess.StartAsync(new ServiceProcessOptions
        {
            Name = "central",
            Program = Path.Combine(AppContext.BaseDirectory, "EdgeQueue.Central.dll"),
            Arguments =
            [
                "--data", data, "--urls", address.AbsoluteUri.TrimEnd('/'), "--connection", database,
                $"--Central:Booking:PeselKey={Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32))}",
                "--Central:Booking:InitialAdminPassword=benchmark-admin-password",
                // Every resident of the benchmark comes from 127.0.0.1.
                "--Central:Booking:BookingPermitsPerMinute=100000000",
                "--Central:Booking:CancellationPermitsPerMinute=100000000",
                $"--Central:Sync:BrokerUrl=mqtt://127.0.0.1:{brokerPort}",
                "--Central:Sync:Username=central",
                "--Central:Sync:Password=central-secret",
                "--Logging:LogLevel:Default=Warning",
            ],
            ReadyUrl = address,
        }, cancellation);
        return new CentralInstance(process, port);
    }

    private static async Task<List<HubHost>> StartHallsAsync(IReadOnlyList<string> sites, TempDirectory folder, int brokerPort, CancellationToken cancellation)
    {
        var hubs = new List<HubHost>();
        foreach (var site in sites)
        {
            var hub = await HubHost.StartAsync(new HubOptions
            {
                Site = SiteFileLoader.Parse(SyncBenchmark.SiteJson(brokerPort, site).ToJsonString(), $"{site}.json"),
                DataFolder = folder.File(site),
                HttpPort = 0,
                MqttPort = 0,
                Bind = "127.0.0.1",
                ConfigureLogging = l => l.SetMinimumLevel(LogLevel.Warning).AddFilter("central", LogLevel.Error),
            }, cancellation);
            await hub.Queue.ExecuteAsync(new OpenCounter(1), "bench.open");
            hubs.Add(hub);
        }

        return hubs;
    }

    /// <summary>A counter's work: issue, call, done, until the hall committed <paramref name="count"/> more events.</summary>
    private static async Task WorkAsync(HubHost hub, int count, CancellationToken cancellation)
    {
        var first = hub.Queue.LastSequence;
        while (hub.Queue.LastSequence - first < count)
        {
            cancellation.ThrowIfCancellationRequested();
            await hub.Queue.ExecuteAsync(new IssueTicket("A"), $"bench.{Guid.NewGuid():N}");
            await hub.Queue.ExecuteAsync(new CallNext(1), $"bench.{Guid.NewGuid():N}");
            await hub.Queue.ExecuteAsync(new Done(1), $"bench.{Guid.NewGuid():N}");
        }
    }

    /// <summary>The halls' <paramref name="work"/> with a booking rush and the lag sampled meanwhile.</summary>
    private static async Task<(RushResult Rush, LatencyRecorder Lag)> DuringAsync(IReadOnlyList<HubHost> hubs, CentralSyncStore reader,
        Func<Task> work, Task<RushResult> rush)
    {
        using var stopSampling = new CancellationTokenSource();
        var lag = SampleLagAsync(hubs, reader, stopSampling.Token);
        await work();
        var result = await rush;
        await stopSampling.CancelAsync();
        return (result, await lag);
    }

    /// <summary>A counter's work at <paramref name="eventsPerSecond"/> (a ticket's three events at a time) for <paramref name="length"/>.</summary>
    private static async Task PacedWorkAsync(HubHost hub, int eventsPerSecond, TimeSpan length, CancellationToken cancellation)
    {
        using var tick = new PeriodicTimer(TimeSpan.FromSeconds(3.0 / eventsPerSecond));
        var until = Stopwatch.GetTimestamp() + (long)(length.TotalSeconds * Stopwatch.Frequency);
        // Halls do not start in step: each begins somewhere within its first period.
        await Task.Delay(TimeSpan.FromSeconds(Random.Shared.NextDouble() * 3.0 / eventsPerSecond), cancellation);
        while (Stopwatch.GetTimestamp() < until && await tick.WaitForNextTickAsync(cancellation))
        {
            await WorkAsync(hub, 3, cancellation);
        }
    }

    /// <summary>Every few hundred ms: a hall's newest event, and how long until central has stored it.</summary>
    private static async Task<LatencyRecorder> SampleLagAsync(IReadOnlyList<HubHost> hubs, CentralSyncStore reader, CancellationToken stop)
    {
        var lags = new LatencyRecorder();
        var random = new Random(19);
        while (!stop.IsCancellationRequested)
        {
            var hub = hubs[random.Next(hubs.Count)];
            var seq = hub.Queue.LastSequence;
            var start = Stopwatch.GetTimestamp();
            while (reader.EventsAcked(hub.Site.SiteId) < seq)
            {
                await Task.Delay(2, CancellationToken.None);
            }

            lags.Record(start, Stopwatch.GetTimestamp());
            try
            {
                await Task.Delay(250, stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return lags;
    }

    private static bool AllStored(IReadOnlyList<HubHost> hubs, CentralSyncStore reader) =>
        hubs.All(h => reader.EventsAcked(h.Site.SiteId) >= h.Queue.LastSequence);

    private static async Task<(bool Gapless, long Total)> VerifyAsync(IReadOnlyList<HubHost> hubs, CentralSyncStore reader, CancellationToken cancellation)
    {
        var gapless = true;
        long total = 0;
        foreach (var hub in hubs)
        {
            var stored = await reader.ReadEventsAsync(hub.Site.SiteId, 0, int.MaxValue, cancellation);
            gapless &= stored.Count == hub.Queue.LastSequence && stored.Select((e, i) => e.Seq == i + 1).All(x => x);
            total += stored.Count;
        }

        return (gapless, total);
    }

    /// <summary>The rows central stored, inserted again into a plain table of the same shape: what PostgreSQL does without the sync around it.</summary>
    private static async Task<double> RawInsertRowsPerSecondAsync(string database, CentralSyncStore reader, IReadOnlyList<string> sites, CancellationToken cancellation)
    {
        var rows = new List<StoredSiteEvent>();
        foreach (var site in sites)
        {
            rows.AddRange(await reader.ReadEventsAsync(site, 0, int.MaxValue, cancellation));
        }

        await using var connection = new Npgsql.NpgsqlConnection(database);
        await connection.OpenAsync(cancellation);
        await using (var create = new Npgsql.NpgsqlCommand(
            "CREATE TABLE peer_events (site_id TEXT NOT NULL, seq BIGINT NOT NULL, type TEXT NOT NULL, at_ms BIGINT NOT NULL, payload TEXT NOT NULL, received_ms BIGINT NOT NULL, PRIMARY KEY (site_id, seq))",
            connection))
        {
            await create.ExecuteNonQueryAsync(cancellation);
        }

        var start = Stopwatch.GetTimestamp();
        foreach (var chunk in rows.Chunk(200))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellation);
            foreach (var row in chunk)
            {
                await using var insert = new Npgsql.NpgsqlCommand(
                    "INSERT INTO peer_events (site_id, seq, type, at_ms, payload, received_ms) VALUES (@s, @q, @t, @a, @p, @r)", connection, transaction);
                insert.Parameters.AddWithValue("s", row.SiteId);
                insert.Parameters.AddWithValue("q", row.Seq);
                insert.Parameters.AddWithValue("t", row.Type);
                insert.Parameters.AddWithValue("a", row.At.ToUnixTimeMilliseconds());
                insert.Parameters.AddWithValue("p", row.Json);
                insert.Parameters.AddWithValue("r", row.ReceivedAt.ToUnixTimeMilliseconds());
                await insert.ExecuteNonQueryAsync(cancellation);
            }

            await transaction.CommitAsync(cancellation);
        }

        return rows.Count / Stopwatch.GetElapsedTime(start).TotalSeconds;
    }
}
