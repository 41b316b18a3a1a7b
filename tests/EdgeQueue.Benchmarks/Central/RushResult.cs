using System.Globalization;

namespace EdgeQueue.Benchmarks.Central;

/// <summary>Figures of one booking rush on one database.</summary>
internal sealed record RushResult(
    string Database,
    double Seconds,
    long Requests,
    long Attempts,
    long Booked,
    long SlotFull,
    long Failed,
    LatencyRecorder Bookings,
    LatencyRecorder DayQueries,
    long Overbooked,
    long CounterMismatches)
{
    public double RequestsPerSecond => Requests / Seconds;

    public double BookingsPerSecond => Attempts / Seconds;

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"""
          {Database}: {RequestsPerSecond:F0} requests/s ({BookingsPerSecond:F0} booking attempts/s) over {Seconds:F0} s
            booking POST  {Bookings.Summary()}
            free hours GET {DayQueries.Summary()}
            booked {Booked}, slot taken by someone faster {SlotFull}, failed {Failed}
            overbooked slots {Overbooked}, slot counters out of step {CounterMismatches}
        """);
}
