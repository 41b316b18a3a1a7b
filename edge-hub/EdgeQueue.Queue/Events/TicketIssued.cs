namespace EdgeQueue.Queue.Events;

/// <summary>
/// A walk-in ticket exists. <paramref name="DailySequence"/> counts the category's tickets today;
/// <paramref name="Dispenser"/> is the device that issued it, whose printer prints it (null: none,
/// or a record written before the hub kept it).
/// </summary>
public sealed record TicketIssued(DateTimeOffset At, long TicketId, string Category, int DailySequence, string Number, string? Dispenser = null)
    : QueueEvent(At);
