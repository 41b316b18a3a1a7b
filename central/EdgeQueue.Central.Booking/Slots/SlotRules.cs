namespace EdgeQueue.Central.Booking.Slots;

/// <summary>
/// The booking rules about time: the window (today … today + horizon), the lead time, opening hours
/// per weekday, closed days, and slots every visit length from opening until the last visit that
/// ends by closing time.
/// </summary>
internal sealed class SlotRules
{
    private readonly BookingClock _clock;
    private readonly BookingOptions _options;

    public SlotRules(BookingClock clock, BookingOptions options)
    {
        _clock = clock;
        _options = options;
    }

    public BookingClock Clock => _clock;

    public DateOnly FirstDay => _clock.Today;

    public DateOnly LastDay => _clock.Today.AddDays(_options.HorizonDays);

    /// <summary>The earliest start that can still be booked now.</summary>
    public DateTimeOffset EarliestStart => _clock.UtcNow.AddMinutes(_options.LeadTimeMinutes);

    public bool InWindow(DateOnly day) => day >= FirstDay && day <= LastDay;

    public static IReadOnlyList<(int Start, int End)> SlotTimes(MatterOffer offer, DateOnly day)
    {
        if (!offer.Hours.TryGetValue(day.DayOfWeek, out var hours) || offer.VisitMinutes <= 0)
        {
            return [];
        }

        var slots = new List<(int, int)>();
        for (var start = hours.Opens; start + offer.VisitMinutes <= hours.Closes; start += offer.VisitMinutes)
        {
            slots.Add((start, start + offer.VisitMinutes));
        }

        return slots;
    }

    /// <summary>The day's hours as a resident sees them: state, note, and the slots still bookable.</summary>
    public DaySlots Day(MatterOffer offer, DateOnly day, IReadOnlyDictionary<DateOnly, string> closedDays,
        IReadOnlyDictionary<(DateOnly Day, int Minute), int> taken)
    {
        if (!InWindow(day))
        {
            return new DaySlots(offer.MatterId, offer.LocationId, day, DayState.OutOfRange, null, []);
        }

        if (closedDays.TryGetValue(day, out var reason))
        {
            return new DaySlots(offer.MatterId, offer.LocationId, day, DayState.Closed, reason, []);
        }

        var times = SlotTimes(offer, day);
        if (times.Count == 0)
        {
            return new DaySlots(offer.MatterId, offer.LocationId, day, DayState.Closed, null, []);
        }

        var earliest = EarliestStart;
        var slots = times
            .Where(t => _clock.At(day, Storage.DayText.Time(t.Start)) >= earliest)
            .Select(t => new Slot(Storage.DayText.Time(t.Start), Storage.DayText.Time(t.End), offer.Counters,
                Math.Min(offer.Counters, taken.GetValueOrDefault((day, t.Start)))))
            .ToList();
        var state = slots.Count == 0 ? DayState.OutOfRange : slots.Any(s => s.Free > 0) ? DayState.Free : DayState.Full;
        return new DaySlots(offer.MatterId, offer.LocationId, day, state, null, slots);
    }
}
