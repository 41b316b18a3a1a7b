using System.Collections.Concurrent;

namespace EdgeQueue.Hub.Web;

/// <summary>
/// Slows password guessing on the technician page, per source address and per user name: after
/// <see cref="FreeFailures"/> failed log-ins, every further failure makes the next attempt wait,
/// 1 s, then 2, 4, 8 … up to <see cref="MaxDelay"/>; an attempt while waiting is refused without
/// checking the password (429). A success clears the address and the user. Without it the page
/// (HTTP Basic, on all interfaces) took 390 guesses a second. The per-user count spans addresses, so
/// guessing from many machines is slowed too; a technician already logged in keeps the page (the
/// gate remembers an accepted header), and one who mistyped waits at most <see cref="MaxDelay"/>.
/// On the hub's clock, so it is tested on a manual one.
/// </summary>
public sealed class LoginBackOff(TimeProvider time)
{
    public const int FreeFailures = 5;

    /// <summary>Source addresses remembered at most; beyond it those no longer waiting are forgotten.</summary>
    private const int MaxSources = 4096;

    public static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(1);

    public static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(5);

    /// <summary>Failures older than this (counted from the last one) are forgotten.</summary>
    public static readonly TimeSpan ForgetAfter = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, Failures> _sources = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Failures> _users = new(StringComparer.Ordinal);

    /// <summary>
    /// Whether an attempt now must wait; <paramref name="retryAfter"/> says how long.
    /// <paramref name="user"/> is null for a name that is no account (only the address counts then).
    /// </summary>
    public bool MustWait(string source, string? user, out TimeSpan retryAfter)
    {
        var now = time.GetUtcNow();
        var until = Max(Until(_sources, source, now), user is null ? null : Until(_users, user, now));
        retryAfter = until is { } at && at > now ? at - now : TimeSpan.Zero;
        return retryAfter > TimeSpan.Zero;
    }

    public void Failed(string source, string? user)
    {
        var now = time.GetUtcNow();
        Count(_sources, source, now);
        if (user is not null)
        {
            Count(_users, user, now);
        }

        if (_sources.Count > MaxSources)
        {
            foreach (var (key, failures) in _sources)
            {
                if (failures.Until is not { } until || until <= now)
                {
                    _sources.TryRemove(key, out _);
                }
            }
        }
    }

    public void Succeeded(string source, string user)
    {
        _sources.TryRemove(source, out _);
        _users.TryRemove(user, out _);
    }

    private static DateTimeOffset? Until(ConcurrentDictionary<string, Failures> map, string key, DateTimeOffset now)
    {
        if (!map.TryGetValue(key, out var failures))
        {
            return null;
        }

        lock (failures)
        {
            return failures.Last + ForgetAfter < now ? null : failures.Until;
        }
    }

    private static void Count(ConcurrentDictionary<string, Failures> map, string key, DateTimeOffset now)
    {
        var failures = map.GetOrAdd(key, _ => new Failures());
        lock (failures)
        {
            if (failures.Last + ForgetAfter < now)
            {
                failures.Count = 0;
            }

            failures.Count++;
            failures.Last = now;
            if (failures.Count >= FreeFailures)
            {
                var doublings = Math.Min(failures.Count - FreeFailures, 20);
                var delay = TimeSpan.FromTicks(Math.Min(FirstDelay.Ticks << doublings, MaxDelay.Ticks));
                failures.Until = now + delay;
            }
        }
    }

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) => a > b || b is null ? a : b;

    private sealed class Failures
    {
        public int Count { get; set; }

        public DateTimeOffset Last { get; set; } = DateTimeOffset.MinValue;

        public DateTimeOffset? Until { get; set; }
    }
}
