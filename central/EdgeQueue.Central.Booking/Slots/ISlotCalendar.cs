using EdgeQueue.Central.Booking.Visits;

namespace EdgeQueue.Central.Booking.Slots;

/// <summary>Free days and free hours for a matter at a location (Europe/Warsaw local time).</summary>
public interface ISlotCalendar
{
    /// <summary>The month calendar, or an error when the matter is not booked at that location.</summary>
    Task<SlotQueryResult<MonthCalendar>> GetMonthAsync(int matterId, string locationId, int year, int month, CancellationToken cancellation = default);

    /// <summary>The free hours of one day, or an error when the matter is not booked at that location.</summary>
    Task<SlotQueryResult<DaySlots>> GetDayAsync(int matterId, string locationId, DateOnly day, CancellationToken cancellation = default);
}
