using EdgeQueue.Central.Booking.Visits;

namespace EdgeQueue.Central.Documents;

/// <summary>
/// What the confirmation page, its QR code and its .ics file show: the code and the visit, never
/// the resident's personal data. Travels in a signed, encrypted, time-limited token so the page
/// can be reloaded and the calendar file downloaded without asking for the PESEL again.
/// </summary>
public sealed record VisitConfirmation(
    string Code,
    string MatterName,
    string DepartmentName,
    string LocationName,
    string LocationAddress,
    DateOnly Day,
    TimeOnly Start,
    TimeOnly End,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    bool BookedByAgent)
{
    public static VisitConfirmation From(BookedVisit visit) => new(
        visit.Code,
        visit.MatterName,
        visit.DepartmentName,
        visit.LocationName,
        visit.LocationAddress,
        visit.Day,
        visit.Start,
        visit.End,
        visit.StartsAt,
        visit.EndsAt,
        visit.Channel == BookingChannel.Agent);
}
