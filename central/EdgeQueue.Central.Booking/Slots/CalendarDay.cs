namespace EdgeQueue.Central.Booking.Slots;

/// <summary>One day of the month calendar.</summary>
/// <param name="Note">Why a closed day is closed (e.g. "Święto Niepodległości"), otherwise null.</param>
public sealed record CalendarDay(DateOnly Day, DayState State, int FreeSlots, string? Note);
