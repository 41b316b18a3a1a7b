using EdgeQueue.Central.Booking.Storage;

namespace EdgeQueue.Central.Booking.Sync;

/// <summary>
/// Numbers a site's unnumbered booking changes 1, 2, 3… without gaps, in the order they were
/// written. Holding the site's counter row (FOR UPDATE on PostgreSQL, the single writer on SQLite)
/// makes numbering one-at-a-time per site, and a change only becomes visible here once committed, so
/// a cancellation is never numbered before the booking it cancels.
/// </summary>
internal static class SiteSequencer
{
    public static Task<long> SequenceAsync(BookingDatabase database, string siteId, CancellationToken cancellation) =>
        database.WriteAsync(async scope =>
        {
            await scope.Command("INSERT INTO site_sequences (site_id, last_sequence) VALUES (@s, 0) ON CONFLICT (site_id) DO NOTHING",
                ("@s", siteId)).ExecuteAsync(cancellation);
            var last = await scope.Command("SELECT last_sequence FROM site_sequences WHERE site_id = @s" + database.Dialect.ForUpdate,
                ("@s", siteId)).ScalarAsync<long>(cancellation);
            var numbered = await scope.Command(
                """
                UPDATE site_booking_changes SET sequence = @last + r.rn
                FROM (SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS rn FROM site_booking_changes WHERE site_id = @s AND sequence IS NULL) r
                WHERE site_booking_changes.id = r.id
                """, ("@last", last), ("@s", siteId)).ExecuteAsync(cancellation);
            if (numbered > 0)
            {
                await scope.Command("UPDATE site_sequences SET last_sequence = @n WHERE site_id = @s", ("@n", last + numbered), ("@s", siteId))
                    .ExecuteAsync(cancellation);
                await scope.CommitAsync(cancellation);
            }

            return last + numbered;
        }, cancellation);
}
