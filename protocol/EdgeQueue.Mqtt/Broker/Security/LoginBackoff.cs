using System.Net;

namespace EdgeQueue.Mqtt.Broker.Security;

/// <summary>
/// Failed log-ins per source address and per user name, and the back-off they earn
/// (<see cref="MqttLoginBackoff"/>). Time through <see cref="TimeProvider"/>; thread-safe.
/// </summary>
internal sealed class LoginBackoff(MqttLoginBackoff settings, TimeProvider time)
{
    /// <summary>Keys tracked at most; past it, stale ones are forgotten first and new ones not tracked (a flood of made-up user names stays small).</summary>
    public const int MaxTracked = 10_000;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Record> _records = new(StringComparer.Ordinal);

    /// <summary>How long CONNECTs from this address or for this user are still refused; zero when they may be checked.</summary>
    public TimeSpan Remaining(IPAddress? address, string? username)
    {
        address = Normalise(address);
        lock (_gate)
        {
            var now = time.GetTimestamp();
            var remaining = TimeSpan.Zero;
            if (address is not null && _records.TryGetValue(AddressKey(address), out var byAddress))
            {
                remaining = byAddress.Remaining(now, time);
            }

            if (username is not null && _records.TryGetValue(UserKey(username), out var byUser)
                && !Equals(byUser.LastGoodAddress, address))
            {
                var userRemaining = byUser.Remaining(now, time);
                remaining = userRemaining > remaining ? userRemaining : remaining;
            }

            return remaining;
        }
    }

    /// <summary>Counts a failed log-in; returns the back-off it started (zero while failures are still free).</summary>
    public TimeSpan Failed(IPAddress? address, string? username)
    {
        address = Normalise(address);
        lock (_gate)
        {
            var now = time.GetTimestamp();
            var delay = TimeSpan.Zero;
            if (address is not null)
            {
                delay = Fail(AddressKey(address), now);
            }

            if (username is not null)
            {
                var userDelay = Fail(UserKey(username), now);
                delay = userDelay > delay ? userDelay : delay;
            }

            return delay;
        }
    }

    /// <summary>A good password: the address and the user start afresh, and the user's own address is exempt from its back-off.</summary>
    public void Succeeded(IPAddress? address, string? username)
    {
        address = Normalise(address);
        lock (_gate)
        {
            if (address is not null)
            {
                _records.Remove(AddressKey(address));
            }

            if (username is not null && Track(UserKey(username)) is { } user)
            {
                user.Failures = 0;
                user.BlockedUntil = 0;
                user.LastGoodAddress = address;
            }
        }
    }

    /// <summary>One address, one key: an IPv4 peer on a dual-stack listener arrives as ::ffff:a.b.c.d.</summary>
    private static IPAddress? Normalise(IPAddress? address) => address is { IsIPv4MappedToIPv6: true } ? address.MapToIPv4() : address;

    private static string AddressKey(IPAddress address) => "a " + address;

    private static string UserKey(string username) => "u " + username;

    private TimeSpan Fail(string key, long now)
    {
        if (Track(key) is not { } record)
        {
            return TimeSpan.Zero;
        }

        if (record.Failures > 0 && time.GetElapsedTime(record.LastFailure, now) > settings.ForgetAfter)
        {
            record.Failures = 0;
        }

        record.Failures++;
        record.LastFailure = now;
        // The FreeFailures-th failure starts the first back-off.
        var beyond = record.Failures - settings.FreeFailures + 1;
        if (beyond <= 0)
        {
            return TimeSpan.Zero;
        }

        // 1 s, 2 s, 4 s, … up to the cap.
        var delay = beyond > 30 ? settings.MaxDelay : TimeSpan.FromTicks(Math.Min(settings.FirstDelay.Ticks << (beyond - 1), settings.MaxDelay.Ticks));
        record.BlockedUntil = now + (long)(delay.TotalSeconds * time.TimestampFrequency);
        return delay;
    }

    private Record? Track(string key)
    {
        if (_records.TryGetValue(key, out var record))
        {
            return record;
        }

        if (_records.Count >= MaxTracked)
        {
            var now = time.GetTimestamp();
            foreach (var (staleKey, stale) in _records.Where(r => r.Value.LastGoodAddress is null
                         && time.GetElapsedTime(r.Value.LastFailure, now) > settings.ForgetAfter).ToList())
            {
                _records.Remove(staleKey);
            }

            if (_records.Count >= MaxTracked)
            {
                return null;
            }
        }

        record = new Record();
        _records[key] = record;
        return record;
    }

    private sealed class Record
    {
        public int Failures { get; set; }

        public long LastFailure { get; set; }

        public long BlockedUntil { get; set; }

        public IPAddress? LastGoodAddress { get; set; }

        public TimeSpan Remaining(long now, TimeProvider time) =>
            BlockedUntil > now ? time.GetElapsedTime(now, BlockedUntil) : TimeSpan.Zero;
    }
}
