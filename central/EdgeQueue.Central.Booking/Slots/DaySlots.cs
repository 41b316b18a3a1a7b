namespace EdgeQueue.Central.Booking.Slots;

/// <summary>The hours of one day. <see cref="Slots"/> holds only hours still bookable (after the lead time).</summary>
public sealed record DaySlots(int MatterId, string LocationId, DateOnly Day, DayState State, string? Note, IReadOnlyList<Slot> Slots);
