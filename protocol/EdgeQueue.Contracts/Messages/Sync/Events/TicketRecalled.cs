namespace EdgeQueue.Contracts.Messages.Sync.Events;

/// <summary>A called ticket was announced again at the same counter.</summary>
public sealed record TicketRecalled(DateTimeOffset At, long TicketId, string Number, int Counter, int CallCount) : HallEvent(At);
