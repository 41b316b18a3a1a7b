namespace EdgeQueue.Queue.Commands;

/// <summary>
/// The outcome of printing a ticket, recorded with the ticket: printed, or not (<paramref name="Failure"/>
/// says why). A walk-in ticket that was not printed is void, since nobody holds it.
/// </summary>
public sealed record RecordPrint(long TicketId, bool Printed, string? Failure = null) : QueueCommand;
