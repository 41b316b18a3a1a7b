namespace EdgeQueue.Contracts.Messages.Sync.Events;

/// <summary>A booking from central reached the hall (no visitor name: central has it).</summary>
public sealed record BookingRegistered(DateTimeOffset At, string Code, string Category, DateTimeOffset VisitTime, long Version) : HallEvent(At);
