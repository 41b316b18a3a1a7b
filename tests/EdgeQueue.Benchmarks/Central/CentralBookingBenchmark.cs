using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EdgeQueue.Testing;

namespace EdgeQueue.Benchmarks.Central;

/// <summary>
/// A booking rush: N residents (default 500) at once, each looking up the free hours of a day and
/// booking one (most want the earliest hour, so they race), with a think time between steps, over
/// real HTTP against the booking API on SQLite and then on PostgreSQL. Afterwards a query checks
/// that no slot holds more visits than its capacity.
/// </summary>
public sealed class CentralBookingBenchmark : IBenchmark
{
    private const int Counters = 3;
    private const int VisitMinutes = 5;

    public string Name => "central";

    public string Description => "booking rush over HTTP: 500 residents, SQLite vs PostgreSQL, p50/p99, overbooking check (--seconds N, --residents N, --think-ms N, --db sqlite|postgres, --quick)";

    public async Task<int> RunAsync(BenchArguments arguments, TextWriter output, CancellationToken cancellation)
    {
        var seconds = arguments.GetInt("seconds", arguments.Quick ? 15 : 60);
        var residents = arguments.GetInt("residents", 500);
        var thinkMs = arguments.GetInt("think-ms", 1000);
        var only = arguments.Get("db");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"central booking rush: {residents} residents, think time {thinkMs / 2}-{thinkMs * 3 / 2} ms, {seconds} s per database, matter with {Counters} counters and {VisitMinutes}-minute visits"));

        var results = new List<RushResult>();
        if (only is null or "sqlite")
        {
            await using var host = await BookingBenchHost.StartAsync(null);
            results.Add(await RushAsync("SQLite", host, residents, seconds, thinkMs, cancellation));
            output.WriteLine(results[^1].Describe());
        }

        if (only is null or "postgresql")
        {
            await using var postgres = await PostgresRunner.StartAsync(durable: true, cancellation: cancellation);
            var connectionString = await postgres.CreateDatabaseAsync("bench", cancellation);
            await using var host = await BookingBenchHost.StartAsync(connectionString);
            results.Add(await RushAsync("PostgreSQL", host, residents, seconds, thinkMs, cancellation));
            output.WriteLine(results[^1].Describe());
        }

        if (results.Count == 2)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  ratio PostgreSQL/SQLite: requests/s {results[1].RequestsPerSecond / results[0].RequestsPerSecond:F2}, booking p99 {results[1].Bookings.PercentileMs(99) / results[0].Bookings.PercentileMs(99):F2}"));
        }

        var ok = true;
        foreach (var r in results)
        {
            var p99 = r.Bookings.PercentileMs(99);
            var pass = p99 <= 200 && r.Overbooked == 0 && r.CounterMismatches == 0 && r.Failed == 0;
            ok &= pass;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  budget {r.Database}: booking p99 {p99:F1} ms (≤ 200), overbooked {r.Overbooked} (= 0), failed {r.Failed}: {(pass ? "PASS" : "FAIL")}"));
        }

        return ok ? 0 : 1;
    }

    private static async Task<RushResult> RushAsync(string database, BookingBenchHost host, int residents, int seconds, int thinkMs, CancellationToken cancellation)
    {
        var matter = await host.CreateRushMatterAsync(Counters, VisitMinutes);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = residents, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var http = new HttpClient(handler) { BaseAddress = host.Address, Timeout = TimeSpan.FromSeconds(30) };
        var today = new EdgeQueue.Central.Booking.BookingClock(TimeProvider.System, EdgeQueue.Central.Booking.BookingClock.FindZone("Europe/Warsaw")).Today;
        var days = Enumerable.Range(0, 31).Select(d => today.AddDays(d))
            .Where(d => d.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday).ToArray();

        // Warm up: JIT, connection pools, the first slot counter rows.
        for (var i = 0; i < 20; i++)
        {
            using var warm = await http.GetAsync(DayPath(matter, days[i % days.Length]), cancellation);
        }

        var bookings = new LatencyRecorder();
        var queries = new LatencyRecorder();
        long requests = 0, attempts = 0, booked = 0, full = 0, failed = 0;
        var nextResident = 0;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var clock = Stopwatch.StartNew();
        stop.CancelAfter(TimeSpan.FromSeconds(seconds));

        async Task ResidentAsync(int seed)
        {
            var random = new Random(seed);
            async Task<bool> ThinkAsync(double factor)
            {
                try
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(thinkMs * factor * (0.5 + random.NextDouble())), stop.Token);
                    return true;
                }
                catch (OperationCanceledException)
                {
                    return false;
                }
            }

            if (!await ThinkAsync(1))
            {
                return;
            }

            while (!stop.IsCancellationRequested)
            {
                // Nearer days are more popular: the minimum of two draws.
                var day = days[Math.Min(random.Next(days.Length), random.Next(days.Length))];
                var start = Stopwatch.GetTimestamp();
                using var response = await http.GetAsync(DayPath(matter, day), CancellationToken.None);
                var slots = await response.Content.ReadFromJsonAsync<JsonElement>(CancellationToken.None);
                queries.Record(start, Stopwatch.GetTimestamp());
                Interlocked.Increment(ref requests);
                var free = slots.GetProperty("slots").EnumerateArray()
                    .Where(s => s.GetProperty("free").GetInt32() > 0).Select(s => s.GetProperty("start").GetString()!).ToList();
                if (free.Count == 0 || !await ThinkAsync(1))
                {
                    continue;
                }

                var time = random.NextDouble() < 0.5 ? free[0] : free[random.Next(free.Count)];
                var resident = Interlocked.Increment(ref nextResident);
                var body = new
                {
                    matterId = matter, locationId = BookingBenchHost.Site, day, time, pesel = BenchPesel.For(resident),
                    firstName = "Jan", lastName = "Kowalski", email = "jan.kowalski@example.pl", phone = (string?)null, consent = true,
                };
                start = Stopwatch.GetTimestamp();
                using var posted = await http.PostAsJsonAsync("/api/visits", body, CancellationToken.None);
                await posted.Content.LoadIntoBufferAsync(CancellationToken.None);
                bookings.Record(start, Stopwatch.GetTimestamp());
                Interlocked.Increment(ref requests);
                Interlocked.Increment(ref attempts);
                _ = posted.StatusCode switch
                {
                    HttpStatusCode.Created => Interlocked.Increment(ref booked),
                    HttpStatusCode.Conflict => Interlocked.Increment(ref full),
                    _ => Interlocked.Increment(ref failed),
                };
                await ThinkAsync(1);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, residents).Select(i => Task.Run(() => ResidentAsync(i), CancellationToken.None)));
        var elapsed = clock.Elapsed.TotalSeconds;
        var (overbooked, mismatches, stored) = await host.VerifyAsync();
        if (stored != booked)
        {
            failed += Math.Abs(stored - booked);
        }

        return new RushResult(database, elapsed, requests, attempts, booked, full, failed, bookings, queries, overbooked, mismatches);
    }

    private static string DayPath(int matter, DateOnly day) =>
        string.Create(CultureInfo.InvariantCulture, $"/api/matters/{matter}/locations/{BookingBenchHost.Site}/days/{day:yyyy-MM-dd}");
}
