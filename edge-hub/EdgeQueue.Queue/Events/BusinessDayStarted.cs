namespace EdgeQueue.Queue.Events;

/// <summary>
/// A new business day began: ticket numbers start again at 001, yesterday's queue is gone and
/// bookings for visits before <paramref name="DayStart"/> (local midnight of the day) are forgotten.
/// </summary>
public sealed record BusinessDayStarted(DateTimeOffset At, DateOnly Day, DateTimeOffset DayStart) : QueueEvent(At);
