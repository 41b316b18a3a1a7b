namespace EdgeQueue.Central.Booking.Visits;

/// <summary>The booking form: matter, location, day and hour (local time), and the resident's data.</summary>
public sealed record BookVisitRequest(
    int MatterId,
    string LocationId,
    DateOnly Day,
    TimeOnly Time,
    string Pesel,
    string FirstName,
    string LastName,
    string Email,
    string? Phone,
    bool Consent);
