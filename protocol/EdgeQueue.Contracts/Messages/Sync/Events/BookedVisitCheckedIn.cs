namespace EdgeQueue.Contracts.Messages.Sync.Events;

/// <summary>A resident with a booking checked in and got a ticket for the booked time.</summary>
public sealed record BookedVisitCheckedIn(DateTimeOffset At, long TicketId, string Category, int DailySequence, string Number, string BookingCode, DateTimeOffset VisitTime) : HallEvent(At);
