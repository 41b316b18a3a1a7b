namespace EdgeQueue.Central.Booking.Visits;

/// <summary>A booked visit (with its confirmation code) or the reason it was refused.</summary>
public sealed record BookingResult(BookedVisit? Visit, BookingError? Error)
{
    public bool Succeeded => Visit is not null;

    public static BookingResult Success(BookedVisit visit) => new(visit, null);

    public static BookingResult Failure(BookingError error) => new(null, error);
}
