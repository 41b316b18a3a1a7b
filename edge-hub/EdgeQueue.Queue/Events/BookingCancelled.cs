namespace EdgeQueue.Queue.Events;

/// <summary>The resident cancelled the booking; a later check-in with its code is refused.</summary>
public sealed record BookingCancelled(DateTimeOffset At, string Code, long Version) : QueueEvent(At);
