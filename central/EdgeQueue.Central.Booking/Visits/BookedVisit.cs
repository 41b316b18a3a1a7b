namespace EdgeQueue.Central.Booking.Visits;

/// <summary>
/// A visit as the resident sees it on the confirmation page, in the e-mail and the .ics file.
/// Personal fields are empty once the retention period has purged them. Never carries the PESEL.
/// </summary>
public sealed record BookedVisit(
    string Code,
    VisitStatus Status,
    int MatterId,
    string MatterName,
    string QueueCategory,
    int DepartmentId,
    string DepartmentName,
    string LocationId,
    string LocationName,
    string LocationAddress,
    DateOnly Day,
    TimeOnly Start,
    TimeOnly End,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string DisplayName,
    string FirstName,
    string LastName,
    string Email,
    string? Phone,
    BookingChannel Channel,
    DateTimeOffset BookedAt);
