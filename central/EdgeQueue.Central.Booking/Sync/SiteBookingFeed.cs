using EdgeQueue.Central.Booking.Storage;

namespace EdgeQueue.Central.Booking.Sync;

internal sealed class SiteBookingFeed : ISiteBookingFeed
{
    private readonly BookingDatabase _database;
    private readonly BookingClock _clock;

    public SiteBookingFeed(BookingDatabase database, BookingClock clock)
    {
        _database = database;
        _clock = clock;
    }

    public async Task<IReadOnlyList<SiteBookingChange>> ReadAsync(string siteId, long afterSequence, int max, CancellationToken cancellation = default)
    {
        await SiteSequencer.SequenceAsync(_database, siteId, cancellation);
        return await _database.ReadAsync<IReadOnlyList<SiteBookingChange>>(async c => await c.CreateCommand(
            """
            SELECT site_id, sequence, kind, code, matter_id, matter_name, queue_category, day, start_minute, end_minute, starts_at,
                   display_name, recorded_at
            FROM site_booking_changes WHERE site_id = @s AND sequence IS NOT NULL AND sequence > @after ORDER BY sequence LIMIT @max
            """, ("@s", siteId), ("@after", afterSequence), ("@max", Math.Clamp(max, 1, 10_000)))
            .ListAsync(r => new SiteBookingChange(r.Text(0), r.Long(1), Enum.Parse<SiteBookingChangeKind>(r.Text(2), ignoreCase: true), r.Text(3),
                r.Int(4), r.Text(5), r.Text(6), DayText.Parse(r.Text(7)), DayText.Time(r.Int(8)), DayText.Time(r.Int(9)),
                _clock.FromUnixMilliseconds(r.Long(10)), r.Text(11), _clock.FromUnixMilliseconds(r.Long(12))), cancellation), cancellation);
    }

    public Task<long> GetLastSequenceAsync(string siteId, CancellationToken cancellation = default) =>
        SiteSequencer.SequenceAsync(_database, siteId, cancellation);
}
