namespace EdgeQueue.Contracts.Messages.Sync.Events;

/// <summary>A ticket was called to a counter.</summary>
public sealed record TicketCalled(DateTimeOffset At, long TicketId, string Number, int Counter, int CallCount) : HallEvent(At);
