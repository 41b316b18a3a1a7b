namespace EdgeQueue.Contracts.Messages.Sync.Events;

/// <summary>The ticket's paper came out of the dispenser's printer.</summary>
public sealed record TicketPrinted(DateTimeOffset At, long TicketId, string Number) : HallEvent(At);
