namespace EdgeQueue.Queue.Events;

/// <summary>The clerk moved the current ticket to another category; it keeps its number and issue time.</summary>
public sealed record TicketTransferred(
    DateTimeOffset At,
    long TicketId,
    string Number,
    int Counter,
    string FromCategory,
    string ToCategory) : QueueEvent(At);
