namespace EdgeQueue.Contracts.Messages.Sync.Events;

/// <summary>A new business day began at the hall: numbers restart, yesterday's tickets are gone.</summary>
public sealed record BusinessDayStarted(DateTimeOffset At, DateOnly Day, DateTimeOffset DayStart) : HallEvent(At);
