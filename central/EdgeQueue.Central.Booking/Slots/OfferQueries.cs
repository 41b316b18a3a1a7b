using System.Data.Common;
using EdgeQueue.Central.Booking.Storage;
using EdgeQueue.Central.Booking.Visits;

namespace EdgeQueue.Central.Booking.Slots;

/// <summary>Reads what the slot rules need: the offer, closed days and taken places.</summary>
internal static class OfferQueries
{
    public static async Task<(MatterOffer? Offer, BookingError? Error)> LoadOfferAsync(
        DbConnection connection, int matterId, string locationId, CancellationToken cancellation)
    {
        var matter = await connection.CreateCommand(
            """
            SELECT m.id, m.name, m.queue_category, m.visit_minutes, d.id, d.name, m.active
            FROM matters m JOIN matter_groups g ON g.id = m.group_id JOIN departments d ON d.id = g.department_id
            WHERE m.id = @m
            """, ("@m", matterId))
            .SingleOrDefaultAsync(r => new { Id = r.Int(0), Name = r.Text(1), Category = r.Text(2), Minutes = r.Int(3), DepartmentId = r.Int(4), Department = r.Text(5), Active = r.Flag(6) }, cancellation);
        if (matter is null || !matter.Active)
        {
            return (null, BookingErrors.MatterNotFound);
        }

        var location = await connection.CreateCommand("SELECT id, name, address FROM locations WHERE id = @l", ("@l", locationId ?? string.Empty))
            .SingleOrDefaultAsync(r => new { Id = r.Text(0), Name = r.Text(1), Address = r.Text(2) }, cancellation);
        if (location is null)
        {
            return (null, BookingErrors.LocationNotFound);
        }

        var counters = await connection.CreateCommand(
            "SELECT counters FROM matter_locations WHERE matter_id = @m AND location_id = @l", ("@m", matterId), ("@l", location.Id))
            .ScalarAsync<long?>(cancellation);
        if (counters is not > 0)
        {
            return (null, BookingErrors.NotOffered);
        }

        var hours = await LoadHoursAsync(connection, location.Id, cancellation);
        return (new MatterOffer(matter.Id, matter.Name, matter.Category, matter.Minutes, matter.DepartmentId, matter.Department,
            location.Id, location.Name, location.Address, (int)counters.Value, hours), null);
    }

    public static async Task<Dictionary<DayOfWeek, (int Opens, int Closes)>> LoadHoursAsync(DbConnection connection, string locationId, CancellationToken cancellation)
    {
        var rows = await connection.CreateCommand(
            "SELECT weekday, opens_minute, closes_minute FROM opening_hours WHERE location_id = @l", ("@l", locationId))
            .ListAsync(r => ((DayOfWeek)r.Int(0), r.Int(1), r.Int(2)), cancellation);
        return rows.ToDictionary(r => r.Item1, r => (r.Item2, r.Item3));
    }

    /// <summary>Closed days of a location (and city-wide ones) between two days inclusive, with the reason.</summary>
    public static async Task<Dictionary<DateOnly, string>> LoadClosedDaysAsync(
        DbConnection connection, string locationId, DateOnly from, DateOnly to, CancellationToken cancellation)
    {
        var rows = await connection.CreateCommand(
            """
            SELECT day, reason FROM closed_days
            WHERE day >= @from AND day <= @to AND (location_id IS NULL OR location_id = @l)
            ORDER BY location_id
            """, ("@from", DayText.From(from)), ("@to", DayText.From(to)), ("@l", locationId))
            .ListAsync(r => (DayText.Parse(r.Text(0)), r.Text(1)), cancellation);
        var closed = new Dictionary<DateOnly, string>();
        foreach (var (day, reason) in rows)
        {
            closed.TryAdd(day, reason);
        }

        return closed;
    }

    /// <summary>Taken places per (day, start minute) between two days inclusive.</summary>
    public static async Task<Dictionary<(DateOnly Day, int Minute), int>> LoadTakenAsync(
        DbConnection connection, MatterOffer offer, DateOnly from, DateOnly to, CancellationToken cancellation)
    {
        var rows = await connection.CreateCommand(
            """
            SELECT day, start_minute, taken FROM slot_counters
            WHERE location_id = @l AND matter_id = @m AND day >= @from AND day <= @to
            """, ("@l", offer.LocationId), ("@m", offer.MatterId), ("@from", DayText.From(from)), ("@to", DayText.From(to)))
            .ListAsync(r => (DayText.Parse(r.Text(0)), r.Int(1), r.Int(2)), cancellation);
        return rows.ToDictionary(r => (r.Item1, r.Item2), r => r.Item3);
    }
}
