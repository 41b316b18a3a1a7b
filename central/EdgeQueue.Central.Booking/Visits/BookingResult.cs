namespace EdgeQueue.Central.Booking.Visits;

/// <summary>A booked visit (with its confirmation code) or the reason it was refused.</summary>
public sealed record BookingResult(BookedVisit? Visit, BookingError? Error)
{
    public bool Succeeded => Visit is not null;

    /// <summary>The resident's confirmation (e-mail) went out; false does not undo the booking.</summary>
    public bool ConfirmationSent { get; init; }

    public static BookingResult Success(BookedVisit visit) => new(visit, null);

    public static BookingResult Failure(BookingError error) => new(null, error);
}
