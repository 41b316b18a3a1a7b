namespace EdgeQueue.Central.Booking.Slots;

/// <summary>
/// A month of days for one matter at one location, with the bookable window so pages can offer
/// "previous/next month" only where something can be booked.
/// </summary>
public sealed record MonthCalendar(
    int MatterId,
    string LocationId,
    int Year,
    int Month,
    DateOnly FirstBookableDay,
    DateOnly LastBookableDay,
    IReadOnlyList<CalendarDay> Days);
