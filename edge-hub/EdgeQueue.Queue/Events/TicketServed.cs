namespace EdgeQueue.Queue.Events;

/// <summary>The clerk finished with the ticket; <paramref name="ServiceTime"/> runs from its last call.</summary>
public sealed record TicketServed(DateTimeOffset At, long TicketId, string Number, int Counter, TimeSpan ServiceTime)
    : QueueEvent(At);
