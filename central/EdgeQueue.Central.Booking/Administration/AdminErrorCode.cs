namespace EdgeQueue.Central.Booking.Administration;

public enum AdminErrorCode
{
    NotFound,
    Invalid,
    Conflict,
}
