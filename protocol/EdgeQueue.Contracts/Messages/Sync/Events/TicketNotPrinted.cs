namespace EdgeQueue.Contracts.Messages.Sync.Events;

/// <summary>The ticket's paper did not come out (paper out, printer dead).</summary>
public sealed record TicketNotPrinted(DateTimeOffset At, long TicketId, string Number, string Reason) : HallEvent(At);
