namespace EdgeQueue.Contracts.Messages.Sync.Events;

/// <summary>A ticket moved to another category, keeping its number and place.</summary>
public sealed record TicketTransferred(DateTimeOffset At, long TicketId, string Number, int Counter, string FromCategory, string ToCategory) : HallEvent(At);
