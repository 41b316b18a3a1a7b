using EdgeQueue.Central.Booking.Storage;
using EdgeQueue.Central.Booking.Visits;

namespace EdgeQueue.Central.Booking.Sync;

/// <summary>
/// Writes a site's next booking change in the booking's own transaction. The per-site counter row is
/// bumped with UPDATE … RETURNING, which locks it until commit: sequences are gap-free and in commit
/// order. It is the last step of a booking so the lock is held only for the commit.
/// </summary>
internal static class SiteChangeLog
{
    public static async Task<long> AppendAsync(WriteScope scope, SiteBookingChangeKind kind, BookedVisit visit, long recordedAtUnixMs, CancellationToken cancellation)
    {
        await scope.Command("INSERT INTO site_sequences (site_id, last_sequence) VALUES (@s, 0) ON CONFLICT (site_id) DO NOTHING",
            ("@s", visit.LocationId)).ExecuteAsync(cancellation);
        var sequence = await scope.Command(
            "UPDATE site_sequences SET last_sequence = last_sequence + 1 WHERE site_id = @s RETURNING last_sequence",
            ("@s", visit.LocationId)).ScalarAsync<long>(cancellation);
        await scope.Command(
            """
            INSERT INTO site_booking_changes (site_id, sequence, kind, code, matter_id, matter_name, queue_category, day,
                start_minute, end_minute, starts_at, display_name, recorded_at)
            VALUES (@s, @seq, @kind, @code, @m, @mn, @cat, @day, @start, @end, @at, @dn, @rec)
            """,
            ("@s", visit.LocationId), ("@seq", sequence), ("@kind", kind.ToString().ToLowerInvariant()), ("@code", visit.Code),
            ("@m", visit.MatterId), ("@mn", visit.MatterName), ("@cat", visit.QueueCategory), ("@day", DayText.From(visit.Day)),
            ("@start", DayText.Minute(visit.Start)), ("@end", DayText.Minute(visit.End)), ("@at", visit.StartsAt.ToUnixTimeMilliseconds()),
            ("@dn", visit.DisplayName), ("@rec", recordedAtUnixMs)).ExecuteAsync(cancellation);
        return sequence;
    }
}
