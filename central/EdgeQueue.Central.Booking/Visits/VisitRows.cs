using System.Data.Common;
using EdgeQueue.Central.Booking.Storage;

namespace EdgeQueue.Central.Booking.Visits;

/// <summary>Reading visits with their matter, department and location names.</summary>
internal static class VisitRows
{
    public const string Select =
        """
        SELECT v.code, v.status, v.matter_id, m.name, m.queue_category, d.id, d.name, v.location_id, l.name, l.address,
               v.day, v.start_minute, v.end_minute, v.starts_at, v.ends_at, v.display_name, v.first_name, v.last_name,
               v.email, v.phone, v.channel, v.booked_at, v.id
        FROM visits v
        JOIN matters m ON m.id = v.matter_id
        JOIN matter_groups g ON g.id = m.group_id
        JOIN departments d ON d.id = g.department_id
        JOIN locations l ON l.id = v.location_id
        """;

    public static (long Id, BookedVisit Visit) Map(DbDataReader r, BookingClock clock) => (r.Long(22), new BookedVisit(
        Code: r.Text(0),
        Status: r.Text(1) == "booked" ? VisitStatus.Booked : VisitStatus.Cancelled,
        MatterId: r.Int(2),
        MatterName: r.Text(3),
        QueueCategory: r.Text(4),
        DepartmentId: r.Int(5),
        DepartmentName: r.Text(6),
        LocationId: r.Text(7),
        LocationName: r.Text(8),
        LocationAddress: r.Text(9),
        Day: DayText.Parse(r.Text(10)),
        Start: DayText.Time(r.Int(11)),
        End: DayText.Time(r.Int(12)),
        StartsAt: clock.FromUnixMilliseconds(r.Long(13)),
        EndsAt: clock.FromUnixMilliseconds(r.Long(14)),
        DisplayName: r.Text(15),
        FirstName: r.NullableText(16) ?? string.Empty,
        LastName: r.NullableText(17) ?? string.Empty,
        Email: r.NullableText(18) ?? string.Empty,
        Phone: r.NullableText(19),
        Channel: r.Text(20) == "agent" ? BookingChannel.Agent : BookingChannel.Online,
        BookedAt: clock.FromUnixMilliseconds(r.Long(21))));
}
