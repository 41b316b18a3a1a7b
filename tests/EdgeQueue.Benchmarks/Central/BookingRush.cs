using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace EdgeQueue.Benchmarks.Central;

/// <summary>
/// Residents rushing a booking API: each looks up the free hours of a day and books one (most want
/// the earliest hour, so they race), with a think time between steps, over real HTTP.
/// </summary>
internal static class BookingRush
{
    public const int Counters = 3;
    public const int VisitMinutes = 5;

    /// <summary>A rush on the booking host's own API.</summary>
    public static async Task<RushResult> RunAsync(string database, BookingBenchHost host, int residents, int seconds, int thinkMs, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(host);
        var matter = await host.CreateRushMatterAsync(Counters, VisitMinutes);
        return await RunAsync(database, host.Address, matter, residents, seconds, thinkMs, host.VerifyAsync, cancellation);
    }

    /// <summary>A rush on any central's booking API (<paramref name="address"/>) for a matter made beforehand; <paramref name="verify"/> counts overbooking afterwards.</summary>
    public static async Task<RushResult> RunAsync(string database, Uri address, int matter, int residents, int seconds, int thinkMs,
        Func<Task<(long Overbooked, long CounterMismatches, long Booked)>> verify, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(verify);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = residents, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var http = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
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
        var (overbooked, mismatches, stored) = await verify();
        if (stored != booked)
        {
            failed += Math.Abs(stored - booked);
        }

        return new RushResult(database, elapsed, requests, attempts, booked, full, failed, bookings, queries, overbooked, mismatches);
    }

    internal static string DayPath(int matter, DateOnly day) =>
        string.Create(CultureInfo.InvariantCulture, $"/api/matters/{matter}/locations/{BookingBenchHost.Site}/days/{day:yyyy-MM-dd}");
}
