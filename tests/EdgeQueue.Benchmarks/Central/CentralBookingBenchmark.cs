using System.Globalization;
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

    public string Name => "central";

    public string Description => "booking rush over HTTP: 500 residents, SQLite vs PostgreSQL, p50/p99, overbooking check (--seconds N, --residents N, --think-ms N, --db sqlite|postgres, --quick)";

    public async Task<int> RunAsync(BenchArguments arguments, TextWriter output, CancellationToken cancellation)
    {
        var seconds = arguments.GetInt("seconds", arguments.Quick ? 15 : 60);
        var residents = arguments.GetInt("residents", 500);
        var thinkMs = arguments.GetInt("think-ms", 1000);
        var only = arguments.Get("db");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"central booking rush: {residents} residents, think time {thinkMs / 2}-{thinkMs * 3 / 2} ms, {seconds} s per database, matter with {BookingRush.Counters} counters and {BookingRush.VisitMinutes}-minute visits"));

        var results = new List<RushResult>();
        if (only is null or "sqlite")
        {
            await using var host = await BookingBenchHost.StartAsync(null);
            results.Add(await BookingRush.RunAsync("SQLite", host, residents, seconds, thinkMs, cancellation));
            output.WriteLine(results[^1].Describe());
        }

        if (only is null or "postgresql")
        {
            await using var postgres = await PostgresRunner.StartAsync(durable: true, cancellation: cancellation);
            var connectionString = await postgres.CreateDatabaseAsync("bench", cancellation);
            await using var host = await BookingBenchHost.StartAsync(connectionString);
            results.Add(await BookingRush.RunAsync("PostgreSQL", host, residents, seconds, thinkMs, cancellation));
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
}
