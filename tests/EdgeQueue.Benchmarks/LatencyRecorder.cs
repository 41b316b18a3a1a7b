using System.Diagnostics;
using System.Globalization;

namespace EdgeQueue.Benchmarks;

/// <summary>Collects round-trip times and reports percentiles in milliseconds.</summary>
public sealed class LatencyRecorder
{
    private readonly List<long> _ticks = [];
    private readonly Lock _gate = new();

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _ticks.Count;
            }
        }
    }

    public void Record(long startTimestamp, long endTimestamp)
    {
        lock (_gate)
        {
            _ticks.Add(endTimestamp - startTimestamp);
        }
    }

    public double PercentileMs(double percentile)
    {
        long[] sorted;
        lock (_gate)
        {
            sorted = [.. _ticks];
        }

        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        Array.Sort(sorted);
        var rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Length) - 1;
        var ticks = sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
        return ticks * 1000.0 / Stopwatch.Frequency;
    }

    public string Summary() => string.Create(CultureInfo.InvariantCulture,
        $"p50 {PercentileMs(50):F3} ms, p99 {PercentileMs(99):F3} ms, max {PercentileMs(100):F3} ms (n={Count})");
}
