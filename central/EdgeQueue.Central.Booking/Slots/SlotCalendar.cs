using EdgeQueue.Central.Booking.Storage;

namespace EdgeQueue.Central.Booking.Slots;

internal sealed class SlotCalendar : ISlotCalendar
{
    private readonly BookingDatabase _database;
    private readonly SlotRules _rules;

    public SlotCalendar(BookingDatabase database, SlotRules rules)
    {
        _database = database;
        _rules = rules;
    }

    public Task<SlotQueryResult<MonthCalendar>> GetMonthAsync(int matterId, string locationId, int year, int month, CancellationToken cancellation = default)
    {
        if (year is < 2000 or > 2200 || month is < 1 or > 12)
        {
            return Task.FromResult(SlotQueryResult<MonthCalendar>.Failure(Visits.BookingErrors.InvalidMonth));
        }

        return _database.ReadAsync(async connection =>
        {
            var (offer, error) = await OfferQueries.LoadOfferAsync(connection, matterId, locationId, cancellation);
            if (offer is null)
            {
                return SlotQueryResult<MonthCalendar>.Failure(error!);
            }

            var first = new DateOnly(year, month, 1);
            var last = first.AddMonths(1).AddDays(-1);
            var closed = await OfferQueries.LoadClosedDaysAsync(connection, offer.LocationId, first, last, cancellation);
            var taken = await OfferQueries.LoadTakenAsync(connection, offer, first, last, cancellation);
            var days = new List<CalendarDay>();
            for (var day = first; day <= last; day = day.AddDays(1))
            {
                var slots = _rules.Day(offer, day, closed, taken);
                days.Add(new CalendarDay(day, slots.State, slots.Slots.Sum(s => s.Free), slots.Note));
            }

            return SlotQueryResult<MonthCalendar>.Success(
                new MonthCalendar(offer.MatterId, offer.LocationId, year, month, _rules.FirstDay, _rules.LastDay, days));
        }, cancellation);
    }

    public Task<SlotQueryResult<DaySlots>> GetDayAsync(int matterId, string locationId, DateOnly day, CancellationToken cancellation = default) =>
        _database.ReadAsync(async connection =>
        {
            var (offer, error) = await OfferQueries.LoadOfferAsync(connection, matterId, locationId, cancellation);
            if (offer is null)
            {
                return SlotQueryResult<DaySlots>.Failure(error!);
            }

            var closed = await OfferQueries.LoadClosedDaysAsync(connection, offer.LocationId, day, day, cancellation);
            var taken = await OfferQueries.LoadTakenAsync(connection, offer, day, day, cancellation);
            return SlotQueryResult<DaySlots>.Success(_rules.Day(offer, day, closed, taken));
        }, cancellation);
}
