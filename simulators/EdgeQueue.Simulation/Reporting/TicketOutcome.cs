namespace EdgeQueue.Simulation.Reporting;

/// <summary>
/// One ticket's day as the hub recorded it: when it was issued and first called, when service
/// ended, where, how often it was called, and the wait that was estimated when it was issued.
/// </summary>
public sealed record TicketOutcome(
    string Ticket,
    string Category,
    bool Booked,
    DateTimeOffset IssuedAt,
    DateTimeOffset? FirstCalledAt,
    DateTimeOffset? EndedAt,
    TicketEnd End,
    int? Counter,
    int Calls,
    int? EstimatedWaitMinutes)
{
    public TimeSpan? Wait => FirstCalledAt - IssuedAt;

    public TimeSpan? Service => End == TicketEnd.Served ? EndedAt - FirstCalledAt : null;
}
