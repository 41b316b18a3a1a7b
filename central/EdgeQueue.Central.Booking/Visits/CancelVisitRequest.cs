namespace EdgeQueue.Central.Booking.Visits;

/// <summary>
/// Cancellation by PESEL + matter + day, plus the confirmation code. Residents must give the code;
/// an agent on the phone may leave it empty (the caller's PESEL, matter and day identify the visit).
/// </summary>
public sealed record CancelVisitRequest(string Pesel, int MatterId, DateOnly Day, string? Code);
