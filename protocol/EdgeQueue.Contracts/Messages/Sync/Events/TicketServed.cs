namespace EdgeQueue.Contracts.Messages.Sync.Events;

/// <summary>A resident was served at a counter.</summary>
public sealed record TicketServed(DateTimeOffset At, long TicketId, string Number, int Counter, TimeSpan ServiceTime) : HallEvent(At);
