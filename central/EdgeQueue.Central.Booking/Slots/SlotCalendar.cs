using EdgeQueue.Central.Booking.Storage;

namespace EdgeQueue.Central.Booking.Slots;

internal sealed class SlotCalendar : ISlotCalendar
{
    private readonly BookingDatabase _database;
    private readonly SlotRules _rules;
    private readonly OfferCache _cache;

    public SlotCalendar(BookingDatabase database, SlotRules rules, OfferCache cache)
    {
        _database = database;
        _rules = rules;
        _cache = cache;
    }

    public Task<SlotQueryResult<MonthCalendar>> GetMonthAsync(int matterId, string locationId, int year, int month, CancellationToken cancellation = default)
    {
        if (year is < 2000 or > 2200 || month is < 1 or > 12)
        {
            return Task.FromResult(SlotQueryResult<MonthCalendar>.Failure(Visits.BookingErrors.InvalidMonth));
        }

        return MonthAsync(matterId, locationId, year, month, cancellation);
    }

    public async Task<SlotQueryResult<DaySlots>> GetDayAsync(int matterId, string locationId, DateOnly day, CancellationToken cancellation = default)
    {
        var (offer, error) = await _cache.GetOfferAsync(matterId, locationId, cancellation);
        if (offer is null)
        {
            return SlotQueryResult<DaySlots>.Failure(error!);
        }

        var closed = await _cache.GetClosedDaysAsync(offer.LocationId, cancellation);
        var taken = _rules.InWindow(day)
            ? await _database.ReadAsync(c => OfferQueries.LoadTakenAsync(c, offer, day, day, cancellation), cancellation)
            : [];
        return SlotQueryResult<DaySlots>.Success(_rules.Day(offer, day, closed, taken));
    }

    private async Task<SlotQueryResult<MonthCalendar>> MonthAsync(int matterId, string locationId, int year, int month, CancellationToken cancellation)
    {
        var (offer, error) = await _cache.GetOfferAsync(matterId, locationId, cancellation);
        if (offer is null)
        {
            return SlotQueryResult<MonthCalendar>.Failure(error!);
        }

        var first = new DateOnly(year, month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var closed = await _cache.GetClosedDaysAsync(offer.LocationId, cancellation);
        var taken = last < _rules.FirstDay || first > _rules.LastDay
            ? []
            : await _database.ReadAsync(c => OfferQueries.LoadTakenAsync(c, offer, first, last, cancellation), cancellation);
        var days = new List<CalendarDay>();
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            var slots = _rules.Day(offer, day, closed, taken);
            days.Add(new CalendarDay(day, slots.State, slots.Slots.Sum(s => s.Free), slots.Note));
        }

        return SlotQueryResult<MonthCalendar>.Success(
            new MonthCalendar(offer.MatterId, offer.LocationId, year, month, _rules.FirstDay, _rules.LastDay, days));
    }
}
