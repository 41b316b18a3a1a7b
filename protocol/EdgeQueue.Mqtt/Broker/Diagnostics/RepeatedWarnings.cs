using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace EdgeQueue.Mqtt.Broker.Diagnostics;

/// <summary>
/// Logs the first warning of a kind at once and folds later ones of the same kind into one summary
/// line per interval, so a flood (a burst of drops, a password-guessing script, a swarm of silent
/// sockets) leaves a few lines in the log instead of one per event.
/// </summary>
internal sealed class RepeatedWarnings : IDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ILogger _logger;
    private readonly ITimer _timer;

    public RepeatedWarnings(ILogger logger, TimeProvider time)
    {
        _logger = logger;
        _timer = time.CreateTimer(static state => ((RepeatedWarnings)state!).Summarise(), this, Interval, Interval);
    }

    /// <param name="kind">What makes two warnings the same (say, the client id and the reason).</param>
    /// <param name="message">This occurrence, complete enough to stand alone in the log.</param>
    public void Report(string kind, string message)
    {
        while (true)
        {
            var entry = _entries.GetOrAdd(kind, static _ => new Entry());
            lock (entry)
            {
                if (entry.Retired)
                {
                    continue; // Summarise removed it a moment ago: start a fresh one.
                }

                if (!entry.Announced)
                {
                    entry.Announced = true;
                    _logger.LogWarning("{Message} (more like this are summarised every {Seconds} s)", message, Interval.TotalSeconds);
                    return;
                }

                entry.Count++;
                entry.Last = message;
                return;
            }
        }
    }

    public void Dispose()
    {
        _timer.Dispose();
        Summarise();
    }

    private void Summarise()
    {
        foreach (var (kind, entry) in _entries)
        {
            lock (entry)
            {
                if (entry.Count == 0)
                {
                    // A quiet interval: forget the kind, so the next occurrence is logged in full again.
                    entry.Retired = true;
                    _entries.TryRemove(new KeyValuePair<string, Entry>(kind, entry));
                    continue;
                }

                _logger.LogWarning("{Count} more in the last {Seconds} s; the last: {Message}", entry.Count, Interval.TotalSeconds, entry.Last);
                entry.Count = 0;
            }
        }
    }

    private sealed class Entry
    {
        public bool Announced { get; set; }

        public bool Retired { get; set; }

        public long Count { get; set; }

        public string? Last { get; set; }
    }
}
