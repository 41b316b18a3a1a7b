namespace EdgeQueue.Contracts.Messages.Sync.Events;

/// <summary>A cancellation from central reached the hall.</summary>
public sealed record BookingCancelled(DateTimeOffset At, string Code, long Version) : HallEvent(At);
