using System.Collections.Concurrent;
using EdgeQueue.Contracts;

namespace EdgeQueue.Hub.Gateway;

/// <summary>
/// How many events the hub takes from one device: <see cref="Burst"/> at once, then one every
/// <see cref="Interval"/> (a token bucket on the hub's clock; site file <c>deviceRateLimit</c>).
/// The firmware limits itself far below the default (2 at once, then one every 3 s); a broken or
/// rogue device does not, and without a limit 5,000 presses in 10 s were 5,000 tickets. A repeat of an event already answered costs
/// nothing (<see cref="Return"/>): it prints and issues nothing.
/// </summary>
internal sealed class DeviceRateLimit(TimeProvider time, int burst, TimeSpan interval)
{
    private readonly ConcurrentDictionary<DeviceId, Bucket> _buckets = new();

    public int Burst { get; } = burst;

    public TimeSpan Interval { get; } = interval;

    /// <summary>Takes one event's worth; false when the device has used up its budget for now.</summary>
    public bool TryTake(DeviceId device)
    {
        var bucket = _buckets.GetOrAdd(device, _ => new Bucket(Burst, time.GetTimestamp()));
        lock (bucket)
        {
            var now = time.GetTimestamp();
            bucket.Tokens = Math.Min(Burst, bucket.Tokens + (time.GetElapsedTime(bucket.At, now) / Interval));
            bucket.At = now;
            if (bucket.Tokens < 1)
            {
                return false;
            }

            bucket.Tokens--;
            return true;
        }
    }

    /// <summary>Gives back what <see cref="TryTake"/> took for an event that turned out to be a repeat.</summary>
    public void Return(DeviceId device)
    {
        if (_buckets.TryGetValue(device, out var bucket))
        {
            lock (bucket)
            {
                bucket.Tokens = Math.Min(Burst, bucket.Tokens + 1);
            }
        }
    }

    private sealed class Bucket(double tokens, long at)
    {
        public double Tokens { get; set; } = tokens;

        public long At { get; set; } = at;
    }
}
