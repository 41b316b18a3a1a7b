namespace EdgeQueue.Queue.Events;

/// <summary>The clerk repeated the announcement of the counter's current ticket; the call count is unchanged.</summary>
public sealed record TicketRecalled(DateTimeOffset At, long TicketId, string Number, int Counter, int CallCount)
    : QueueEvent(At);
