using System.Collections.Concurrent;
using EdgeQueue.Central.Booking.Storage;
using EdgeQueue.Central.Booking.Visits;

namespace EdgeQueue.Central.Booking.Slots;

/// <summary>
/// Keeps offers (matter + location + hours + capacity) and closed days in memory for a few seconds:
/// during a rush every resident asks about the same few matters, and the configuration changes
/// rarely. Administration commands clear it at once in this process; another instance of the service
/// sees a change within <see cref="Lifetime"/>. Taken places are never cached: they come from the
/// database on every query, and capacity is enforced by the database anyway.
/// </summary>
internal sealed class OfferCache
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);
    private readonly ConcurrentDictionary<(int, string), Entry<(MatterOffer?, BookingError?)>> _offers = new();
    private readonly ConcurrentDictionary<string, Entry<Dictionary<DateOnly, string>>> _closedDays = new(StringComparer.Ordinal);
    private readonly BookingDatabase _database;
    private readonly BookingClock _clock;

    public OfferCache(BookingDatabase database, BookingClock clock)
    {
        _database = database;
        _clock = clock;
    }

    public async Task<(MatterOffer? Offer, BookingError? Error)> GetOfferAsync(int matterId, string locationId, CancellationToken cancellation)
    {
        var key = (matterId, locationId ?? string.Empty);
        if (_offers.TryGetValue(key, out var cached) && cached.FreshAt(_clock.UtcNow))
        {
            return cached.Value;
        }

        var loaded = await _database.ReadAsync(c => OfferQueries.LoadOfferAsync(c, matterId, key.Item2, cancellation), cancellation);
        _offers[key] = new Entry<(MatterOffer?, BookingError?)>(loaded, _clock.UtcNow + Lifetime);
        return loaded;
    }

    /// <summary>Closed days of a location (with city-wide ones) from a month back on.</summary>
    public async Task<IReadOnlyDictionary<DateOnly, string>> GetClosedDaysAsync(string locationId, CancellationToken cancellation)
    {
        if (_closedDays.TryGetValue(locationId, out var cached) && cached.FreshAt(_clock.UtcNow))
        {
            return cached.Value;
        }

        var from = _clock.Today.AddDays(-40);
        var loaded = await _database.ReadAsync(c => OfferQueries.LoadClosedDaysAsync(c, locationId, from, DateOnly.MaxValue, cancellation), cancellation);
        _closedDays[locationId] = new Entry<Dictionary<DateOnly, string>>(loaded, _clock.UtcNow + Lifetime);
        return loaded;
    }

    /// <summary>Called after every committed administration change.</summary>
    public void Clear()
    {
        _offers.Clear();
        _closedDays.Clear();
    }

    private sealed record Entry<T>(T Value, DateTimeOffset Until)
    {
        public bool FreshAt(DateTimeOffset now) => now < Until;
    }
}
