namespace EdgeQueue.Queue.Events;

/// <summary>A ticket was called to a counter; <paramref name="CallCount"/> counts its calls so far (1 = first).</summary>
public sealed record TicketCalled(DateTimeOffset At, long TicketId, string Number, int Counter, int CallCount)
    : QueueEvent(At);
