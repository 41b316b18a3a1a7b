namespace EdgeQueue.Queue.Events;

/// <summary>The resident did not come; the ticket waits aside and is called again after this counter's next client.</summary>
public sealed record TicketSetAside(DateTimeOffset At, long TicketId, string Number, int Counter, int CallCount)
    : QueueEvent(At);
