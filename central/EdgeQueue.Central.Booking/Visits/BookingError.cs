namespace EdgeQueue.Central.Booking.Visits;

/// <summary>
/// A refusal with a message a resident understands (Polish, shown on pages) and an English one for
/// API clients and operators. <paramref name="Field"/> names the form field at fault, if any.
/// </summary>
public sealed record BookingError(BookingErrorCode Code, string Message, string MessageEn, string? Field = null);
