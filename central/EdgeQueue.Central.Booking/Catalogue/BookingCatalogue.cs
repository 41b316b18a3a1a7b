using System.Data.Common;
using EdgeQueue.Central.Booking.Slots;
using EdgeQueue.Central.Booking.Storage;

namespace EdgeQueue.Central.Booking.Catalogue;

internal sealed class BookingCatalogue : IBookingCatalogue
{
    private readonly BookingDatabase _database;

    public BookingCatalogue(BookingDatabase database) => _database = database;

    public Task<IReadOnlyList<Department>> GetDepartmentsAsync(CancellationToken cancellation = default) =>
        _database.ReadAsync<IReadOnlyList<Department>>(async c => await c.CreateCommand(
            "SELECT id, name, description, sort_order FROM departments ORDER BY sort_order, name")
            .ListAsync(r => new Department(r.Int(0), r.Text(1), r.Text(2), r.Int(3)), cancellation), cancellation);

    public Task<CatalogueDepartment?> GetDepartmentAsync(int departmentId, bool includeInactive = false, CancellationToken cancellation = default) =>
        _database.ReadAsync(async c =>
        {
            var department = await c.CreateCommand("SELECT id, name, description, sort_order FROM departments WHERE id = @id", ("@id", departmentId))
                .SingleOrDefaultAsync(r => new Department(r.Int(0), r.Text(1), r.Text(2), r.Int(3)), cancellation);
            if (department is null)
            {
                return null;
            }

            var groups = await c.CreateCommand(
                "SELECT id, department_id, name, sort_order FROM matter_groups WHERE department_id = @id ORDER BY sort_order, name", ("@id", departmentId))
                .ListAsync(r => new MatterGroup(r.Int(0), r.Int(1), r.Text(2), r.Int(3)), cancellation);
            var filter = includeInactive
                ? string.Empty
                : " AND m.active = 1 AND EXISTS (SELECT 1 FROM matter_locations ml WHERE ml.matter_id = m.id AND ml.counters > 0)";
            var matters = await c.CreateCommand(
                "SELECT m.id, m.group_id, m.name, m.visit_minutes, m.queue_category, m.active FROM matters m JOIN matter_groups g ON g.id = m.group_id "
                + "WHERE g.department_id = @id" + filter + " ORDER BY m.sort_order, m.name", ("@id", departmentId))
                .ListAsync(r => new MatterSummary(r.Int(0), r.Int(1), r.Text(2), r.Int(3), r.Text(4), r.Flag(5)), cancellation);
            var tree = groups
                .Select(g => new CatalogueGroup(g, [.. matters.Where(m => m.GroupId == g.Id)]))
                .Where(g => includeInactive || g.Matters.Count > 0)
                .ToList();
            return new CatalogueDepartment(department, tree);
        }, cancellation);

    public Task<MatterDetails?> GetMatterAsync(int matterId, CancellationToken cancellation = default) =>
        _database.ReadAsync(async c =>
        {
            var row = await c.CreateCommand(
                """
                SELECT m.id, m.group_id, g.name, d.id, d.name, m.name, m.description, m.required_documents, m.visit_minutes, m.queue_category, m.active
                FROM matters m JOIN matter_groups g ON g.id = m.group_id JOIN departments d ON d.id = g.department_id WHERE m.id = @id
                """, ("@id", matterId))
                .SingleOrDefaultAsync(r => new
                {
                    Id = r.Int(0), GroupId = r.Int(1), Group = r.Text(2), DepartmentId = r.Int(3), Department = r.Text(4), Name = r.Text(5),
                    Description = r.Text(6), Documents = r.Text(7), Minutes = r.Int(8), Category = r.Text(9), Active = r.Flag(10),
                }, cancellation);
            if (row is null)
            {
                return null;
            }

            var attachments = await c.CreateCommand(
                "SELECT id, matter_id, title, file_name, content_type, length FROM attachments WHERE matter_id = @id ORDER BY title", ("@id", matterId))
                .ListAsync(ReadAttachment, cancellation);
            var locations = await c.CreateCommand(
                """
                SELECT l.id, l.name, l.address, ml.counters FROM matter_locations ml JOIN locations l ON l.id = ml.location_id
                WHERE ml.matter_id = @id AND ml.counters > 0 ORDER BY l.name
                """, ("@id", matterId))
                .ListAsync(r => new MatterLocation(r.Text(0), r.Text(1), r.Text(2), r.Int(3)), cancellation);
            var documents = row.Documents.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return new MatterDetails(row.Id, row.GroupId, row.Group, row.DepartmentId, row.Department, row.Name, row.Description, documents,
                row.Minutes, row.Category, row.Active, attachments, locations);
        }, cancellation);

    public Task<AttachmentContent?> GetAttachmentAsync(int attachmentId, CancellationToken cancellation = default) =>
        _database.ReadAsync(c => c.CreateCommand(
            "SELECT id, matter_id, title, file_name, content_type, length, content FROM attachments WHERE id = @id", ("@id", attachmentId))
            .SingleOrDefaultAsync(r => new AttachmentContent(ReadAttachment(r), (byte[])r.GetValue(6)), cancellation), cancellation);

    public Task<IReadOnlyList<Location>> GetLocationsAsync(CancellationToken cancellation = default) =>
        _database.ReadAsync<IReadOnlyList<Location>>(async c =>
        {
            var locations = await c.CreateCommand("SELECT id, name, address FROM locations ORDER BY name")
                .ListAsync(r => (Id: r.Text(0), Name: r.Text(1), Address: r.Text(2)), cancellation);
            var result = new List<Location>();
            foreach (var (id, name, address) in locations)
            {
                result.Add(new Location(id, name, address, await HoursAsync(c, id, cancellation)));
            }

            return result;
        }, cancellation);

    public Task<Location?> GetLocationAsync(string locationId, CancellationToken cancellation = default) =>
        _database.ReadAsync(async c =>
        {
            var row = await c.CreateCommand("SELECT id, name, address FROM locations WHERE id = @id", ("@id", locationId ?? string.Empty))
                .SingleOrDefaultAsync(r => new { Id = r.Text(0), Name = r.Text(1), Address = r.Text(2) }, cancellation);
            return row is null ? null : new Location(row.Id, row.Name, row.Address, await HoursAsync(c, row.Id, cancellation));
        }, cancellation);

    public Task<IReadOnlyList<ClosedDay>> GetClosedDaysAsync(DateOnly from, string? locationId = null, CancellationToken cancellation = default) =>
        _database.ReadAsync<IReadOnlyList<ClosedDay>>(async c =>
        {
            var command = locationId is null
                ? c.CreateCommand("SELECT id, location_id, day, reason FROM closed_days WHERE day >= @from ORDER BY day", ("@from", DayText.From(from)))
                : c.CreateCommand("SELECT id, location_id, day, reason FROM closed_days WHERE day >= @from AND (location_id IS NULL OR location_id = @l) ORDER BY day",
                    ("@from", DayText.From(from)), ("@l", locationId));
            return await command.ListAsync(r => new ClosedDay(r.Int(0), r.NullableText(1), DayText.Parse(r.Text(2)), r.Text(3)), cancellation);
        }, cancellation);

    private static AttachmentInfo ReadAttachment(DbDataReader r) =>
        new(r.Int(0), r.Int(1), r.Text(2), r.Text(3), r.Text(4), r.Long(5));

    private static async Task<IReadOnlyList<OpeningHours>> HoursAsync(DbConnection c, string locationId, CancellationToken cancellation)
    {
        var hours = await OfferQueries.LoadHoursAsync(c, locationId, cancellation);
        return [.. hours.OrderBy(h => ((int)h.Key + 6) % 7)
            .Select(h => new OpeningHours(h.Key, DayText.Time(h.Value.Opens), DayText.Time(h.Value.Closes)))];
    }

    public Task<string> GetPrivacyNoticeAsync(CancellationToken cancellation = default) =>
        _database.ReadAsync(async c => await c.CreateCommand("SELECT value FROM meta WHERE key = @k", ("@k", Privacy.PrivacyNotice.MetaKey))
            .ScalarAsync<string>(cancellation) ?? Privacy.PrivacyNotice.Default, cancellation);
}
