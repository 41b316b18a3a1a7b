namespace EdgeQueue.Contracts.Messages.Sync.Events;

/// <summary>A called resident did not come: the ticket waits to be called again.</summary>
public sealed record TicketSetAside(DateTimeOffset At, long TicketId, string Number, int Counter, int CallCount) : HallEvent(At);
