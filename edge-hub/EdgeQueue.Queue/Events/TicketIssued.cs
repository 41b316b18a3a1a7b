namespace EdgeQueue.Queue.Events;

/// <summary>A walk-in ticket exists. <paramref name="DailySequence"/> counts the category's tickets today.</summary>
public sealed record TicketIssued(DateTimeOffset At, long TicketId, string Category, int DailySequence, string Number)
    : QueueEvent(At);
