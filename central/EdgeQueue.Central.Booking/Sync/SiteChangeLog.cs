using EdgeQueue.Central.Booking.Storage;
using EdgeQueue.Central.Booking.Visits;

namespace EdgeQueue.Central.Booking.Sync;

/// <summary>
/// Appends a site's booking change in the booking's own transaction, so a committed booking always has
/// its change and a rolled-back one never does. The gap-free sequence number is given later by
/// <see cref="SiteSequencer"/>, so bookings of one site do not queue behind each other's commits.
/// </summary>
internal static class SiteChangeLog
{
    public static Task AppendAsync(WriteScope scope, SiteBookingChangeKind kind, BookedVisit visit, long recordedAtUnixMs, CancellationToken cancellation) =>
        scope.Command(
            """
            INSERT INTO site_booking_changes (site_id, kind, code, matter_id, matter_name, queue_category, day,
                start_minute, end_minute, starts_at, display_name, recorded_at)
            VALUES (@s, @kind, @code, @m, @mn, @cat, @day, @start, @end, @at, @dn, @rec)
            """,
            ("@s", visit.LocationId), ("@kind", kind.ToString().ToLowerInvariant()), ("@code", visit.Code),
            ("@m", visit.MatterId), ("@mn", visit.MatterName), ("@cat", visit.QueueCategory), ("@day", DayText.From(visit.Day)),
            ("@start", DayText.Minute(visit.Start)), ("@end", DayText.Minute(visit.End)), ("@at", visit.StartsAt.ToUnixTimeMilliseconds()),
            ("@dn", visit.DisplayName), ("@rec", recordedAtUnixMs)).ExecuteAsync(cancellation);
}
