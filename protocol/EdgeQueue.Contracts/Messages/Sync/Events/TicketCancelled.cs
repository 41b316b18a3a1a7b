namespace EdgeQueue.Contracts.Messages.Sync.Events;

/// <summary>A ticket left the queue unserved for a reason other than no-shows.</summary>
public sealed record TicketCancelled(DateTimeOffset At, long TicketId, string Number, string Reason) : HallEvent(At)
{
    public const string DayEnded = "day-ended";

    public const string NotPrinted = "not-printed";
}
