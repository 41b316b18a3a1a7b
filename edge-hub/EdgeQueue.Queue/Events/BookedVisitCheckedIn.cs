namespace EdgeQueue.Queue.Events;

/// <summary>
/// A resident with a booking checked in at the hall and got a ticket for the booked time.
/// <paramref name="Dispenser"/> is the device it happened at, whose printer prints the ticket (null: none).
/// </summary>
public sealed record BookedVisitCheckedIn(
    DateTimeOffset At,
    long TicketId,
    string Category,
    int DailySequence,
    string Number,
    string BookingCode,
    DateTimeOffset VisitTime,
    string? Dispenser = null) : QueueEvent(At);
