namespace EdgeQueue.Central.Booking.Visits;

/// <summary>
/// A booked visit (with its confirmation code) or the reasons it was refused: <see cref="Error"/>
/// is the first, <see cref="Errors"/> every one (a form with several wrong fields reports them all).
/// </summary>
public sealed record BookingResult(BookedVisit? Visit, BookingError? Error)
{
    public bool Succeeded => Visit is not null;

    /// <summary>The resident's confirmation (e-mail) went out; false does not undo the booking.</summary>
    public bool ConfirmationSent { get; init; }

    public IReadOnlyList<BookingError> Errors { get; private init; } = Error is null ? [] : [Error];

    public static BookingResult Success(BookedVisit visit) => new(visit, null);

    public static BookingResult Failure(BookingError error) => new(null, error);

    public static BookingResult Failure(IReadOnlyList<BookingError> errors)
    {
        ArgumentOutOfRangeException.ThrowIfZero(errors.Count);
        return new(null, errors[0]) { Errors = errors };
    }
}
