namespace EdgeQueue.Contracts.Messages.Sync.Events;

/// <summary>A ticket was removed after its last unanswered call.</summary>
public sealed record TicketRemovedAfterNoShows(DateTimeOffset At, long TicketId, string Number, int Counter, int CallCount) : HallEvent(At);
