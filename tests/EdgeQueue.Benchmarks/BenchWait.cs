using System.Diagnostics;

namespace EdgeQueue.Benchmarks;

/// <summary>Waits for a condition in a benchmark's real time, failing with what did not happen.</summary>
internal static class BenchWait
{
    public static async Task UntilAsync(string benchmark, Func<bool> done, TimeSpan timeout, string what, CancellationToken cancellation,
        int pollMs = 5)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (!done())
        {
            if (Stopwatch.GetTimestamp() > deadline)
            {
                throw new TimeoutException($"{benchmark} benchmark: {what} did not happen within {timeout.TotalSeconds:0} s");
            }

            await Task.Delay(pollMs, cancellation);
        }
    }
}
