using EdgeQueue.Central.Booking.Visits;

namespace EdgeQueue.Central.Booking.Privacy;

/// <summary>The outcome of <see cref="Pesel.Check"/>: the normalized digits and birth date, or the error.</summary>
public sealed record PeselCheck(string? Digits, DateOnly? BirthDate, BookingError? Error)
{
    public bool IsValid => Error is null;

    internal static PeselCheck Invalid(string message, string messageEn) =>
        new(null, null, new BookingError(BookingErrorCode.InvalidPesel, message, messageEn, "pesel"));
}
