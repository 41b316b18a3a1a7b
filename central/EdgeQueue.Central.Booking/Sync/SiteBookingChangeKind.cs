namespace EdgeQueue.Central.Booking.Sync;

public enum SiteBookingChangeKind
{
    Booked,
    Changed,
    Cancelled,
}
