namespace EdgeQueue.Queue.Events;

/// <summary>The resident did not come after the last allowed call; the ticket left the queue.</summary>
public sealed record TicketRemovedAfterNoShows(DateTimeOffset At, long TicketId, string Number, int Counter, int CallCount)
    : QueueEvent(At);
