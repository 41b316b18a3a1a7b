namespace EdgeQueue.Contracts.Messages.Sync.Events;

/// <summary>A changed booking from central reached the hall.</summary>
public sealed record BookingChanged(DateTimeOffset At, string Code, string Category, DateTimeOffset VisitTime, long Version) : HallEvent(At);
