namespace EdgeQueue.Queue.Events;

/// <summary>A ticket left the queue unserved for a reason other than no-shows (e.g. the day ended).</summary>
public sealed record TicketCancelled(DateTimeOffset At, long TicketId, string Number, string Reason) : QueueEvent(At)
{
    public const string DayEnded = "day-ended";

    /// <summary>A walk-in ticket whose paper never came out: void, so it is never called.</summary>
    public const string NotPrinted = "not-printed";
}
