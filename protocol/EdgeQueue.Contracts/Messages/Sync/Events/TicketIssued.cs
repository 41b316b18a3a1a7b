namespace EdgeQueue.Contracts.Messages.Sync.Events;

/// <summary>A walk-in ticket was issued at a dispenser.</summary>
public sealed record TicketIssued(DateTimeOffset At, long TicketId, string Category, int DailySequence, string Number) : HallEvent(At);
