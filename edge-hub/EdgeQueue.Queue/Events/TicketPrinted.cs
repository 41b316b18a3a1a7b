namespace EdgeQueue.Queue.Events;

/// <summary>The ticket's paper came out of the dispenser's printer: a repeat of its request prints nothing more.</summary>
public sealed record TicketPrinted(DateTimeOffset At, long TicketId, string Number) : QueueEvent(At);
