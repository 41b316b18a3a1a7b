namespace EdgeQueue.Central.Booking.Visits;

public enum VisitStatus
{
    Booked,
    Cancelled,
}
