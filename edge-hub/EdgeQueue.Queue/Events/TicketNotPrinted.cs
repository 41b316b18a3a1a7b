namespace EdgeQueue.Queue.Events;

/// <summary>The printer failed for this ticket (<paramref name="Reason"/>: paper out, cover open, offline…); nobody holds its paper.</summary>
public sealed record TicketNotPrinted(DateTimeOffset At, long TicketId, string Number, string Reason) : QueueEvent(At);
