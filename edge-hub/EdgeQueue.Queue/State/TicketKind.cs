namespace EdgeQueue.Queue.State;

public enum TicketKind
{
    WalkIn,
    Booked,
}
