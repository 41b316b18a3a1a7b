using System.Globalization;
using System.Text.Json;
using EdgeQueue.Central.Booking.Catalogue;
using EdgeQueue.Central.Booking.Slots;
using EdgeQueue.Central.Booking.Storage;

namespace EdgeQueue.Central.Booking.Administration;

internal sealed class BookingAdministration : IBookingAdministration
{
    private static readonly JsonSerializerOptions AuditJson = new(JsonSerializerDefaults.Web);
    private readonly BookingDatabase _database;
    private readonly BookingClock _clock;
    private readonly OfferCache _cache;

    public BookingAdministration(BookingDatabase database, BookingClock clock, OfferCache cache)
    {
        _database = database;
        _clock = clock;
        _cache = cache;
    }

    public Task<AdminResult<int>> CreateDepartmentAsync(DepartmentDraft draft, string actor, CancellationToken cancellation = default) =>
        CreateAsync(DraftValidator.Department(draft), actor, "department.create", "department", draft, async scope =>
            (int)await scope.Command("INSERT INTO departments (name, description, sort_order) VALUES (@n, @d, @o) RETURNING id",
                ("@n", draft.Name.Trim()), ("@d", draft.Description.Trim()), ("@o", draft.SortOrder)).ScalarAsync<long>(cancellation), cancellation);

    public Task<AdminResult> UpdateDepartmentAsync(int id, DepartmentDraft draft, string actor, CancellationToken cancellation = default) =>
        ChangeAsync(DraftValidator.Department(draft), actor, "department.update", "department", Id(id), draft, async scope =>
            await scope.Command("UPDATE departments SET name = @n, description = @d, sort_order = @o WHERE id = @id",
                ("@n", draft.Name.Trim()), ("@d", draft.Description.Trim()), ("@o", draft.SortOrder), ("@id", id)).ExecuteAsync(cancellation) == 1
                ? null : AdminErrors.NotFound("wydział", "department"), cancellation);

    public Task<AdminResult> DeleteDepartmentAsync(int id, string actor, CancellationToken cancellation = default) =>
        ChangeAsync(null, actor, "department.delete", "department", Id(id), null, async scope =>
        {
            if (await CountAsync(scope, "SELECT COUNT(*) FROM matter_groups WHERE department_id = @id", id, cancellation) > 0)
            {
                return AdminErrors.Conflict("Wydział ma grupy spraw: najpierw je usuń.", "The department still has matter groups; delete them first.");
            }

            return await scope.Command("DELETE FROM departments WHERE id = @id", ("@id", id)).ExecuteAsync(cancellation) == 1
                ? null : AdminErrors.NotFound("wydział", "department");
        }, cancellation);

    public Task<AdminResult<int>> CreateMatterGroupAsync(MatterGroupDraft draft, string actor, CancellationToken cancellation = default) =>
        CreateAsync(DraftValidator.Group(draft), actor, "group.create", "matter-group", draft, async scope =>
        {
            if (await CountAsync(scope, "SELECT COUNT(*) FROM departments WHERE id = @id", draft.DepartmentId, cancellation) == 0)
            {
                return -1;
            }

            return (int)await scope.Command("INSERT INTO matter_groups (department_id, name, sort_order) VALUES (@dep, @n, @o) RETURNING id",
                ("@dep", draft.DepartmentId), ("@n", draft.Name.Trim()), ("@o", draft.SortOrder)).ScalarAsync<long>(cancellation);
        }, cancellation, AdminErrors.NotFound("wydział", "department"));

    public Task<AdminResult> UpdateMatterGroupAsync(int id, MatterGroupDraft draft, string actor, CancellationToken cancellation = default) =>
        ChangeAsync(DraftValidator.Group(draft), actor, "group.update", "matter-group", Id(id), draft, async scope =>
        {
            if (await CountAsync(scope, "SELECT COUNT(*) FROM departments WHERE id = @id", draft.DepartmentId, cancellation) == 0)
            {
                return AdminErrors.NotFound("wydział", "department");
            }

            return await scope.Command("UPDATE matter_groups SET department_id = @dep, name = @n, sort_order = @o WHERE id = @id",
                ("@dep", draft.DepartmentId), ("@n", draft.Name.Trim()), ("@o", draft.SortOrder), ("@id", id)).ExecuteAsync(cancellation) == 1
                ? null : AdminErrors.NotFound("grupa spraw", "matter group");
        }, cancellation);

    public Task<AdminResult> DeleteMatterGroupAsync(int id, string actor, CancellationToken cancellation = default) =>
        ChangeAsync(null, actor, "group.delete", "matter-group", Id(id), null, async scope =>
        {
            if (await CountAsync(scope, "SELECT COUNT(*) FROM matters WHERE group_id = @id", id, cancellation) > 0)
            {
                return AdminErrors.Conflict("Grupa ma sprawy: najpierw je usuń lub przenieś.", "The group still has matters; delete or move them first.");
            }

            return await scope.Command("DELETE FROM matter_groups WHERE id = @id", ("@id", id)).ExecuteAsync(cancellation) == 1
                ? null : AdminErrors.NotFound("grupa spraw", "matter group");
        }, cancellation);

    public Task<AdminResult<int>> CreateMatterAsync(MatterDraft draft, string actor, CancellationToken cancellation = default) =>
        CreateAsync(DraftValidator.Matter(draft), actor, "matter.create", "matter", draft, async scope =>
        {
            if (await CountAsync(scope, "SELECT COUNT(*) FROM matter_groups WHERE id = @id", draft.GroupId, cancellation) == 0)
            {
                return -1;
            }

            return (int)await scope.Command(
                """
                INSERT INTO matters (group_id, name, description, required_documents, visit_minutes, queue_category, active, sort_order)
                VALUES (@g, @n, @d, @docs, @len, @cat, @act, @o) RETURNING id
                """, MatterParameters(draft)).ScalarAsync<long>(cancellation);
        }, cancellation, AdminErrors.NotFound("grupa spraw", "matter group"));

    public Task<AdminResult> UpdateMatterAsync(int id, MatterDraft draft, string actor, CancellationToken cancellation = default) =>
        ChangeAsync(DraftValidator.Matter(draft), actor, "matter.update", "matter", Id(id), draft, async scope =>
        {
            if (await CountAsync(scope, "SELECT COUNT(*) FROM matter_groups WHERE id = @id", draft.GroupId, cancellation) == 0)
            {
                return AdminErrors.NotFound("grupa spraw", "matter group");
            }

            return await scope.Command(
                """
                UPDATE matters SET group_id = @g, name = @n, description = @d, required_documents = @docs, visit_minutes = @len,
                    queue_category = @cat, active = @act, sort_order = @o WHERE id = @id
                """, [.. MatterParameters(draft), ("@id", id)]).ExecuteAsync(cancellation) == 1
                ? null : AdminErrors.NotFound("sprawa", "matter");
        }, cancellation);

    public Task<AdminResult> DeleteMatterAsync(int id, string actor, CancellationToken cancellation = default) =>
        ChangeAsync(null, actor, "matter.delete", "matter", Id(id), null, async scope =>
        {
            if (await CountAsync(scope, "SELECT COUNT(*) FROM visits WHERE matter_id = @id", id, cancellation) > 0)
            {
                return AdminErrors.Conflict("Na tę sprawę umawiano wizyty: zamiast usuwać, oznacz ją jako nieaktywną.",
                    "Visits were booked for this matter; deactivate it instead of deleting it.");
            }

            await scope.Command("DELETE FROM matter_locations WHERE matter_id = @id", ("@id", id)).ExecuteAsync(cancellation);
            await scope.Command("DELETE FROM attachments WHERE matter_id = @id", ("@id", id)).ExecuteAsync(cancellation);
            await scope.Command("DELETE FROM slot_counters WHERE matter_id = @id", ("@id", id)).ExecuteAsync(cancellation);
            return await scope.Command("DELETE FROM matters WHERE id = @id", ("@id", id)).ExecuteAsync(cancellation) == 1
                ? null : AdminErrors.NotFound("sprawa", "matter");
        }, cancellation);

    public Task<AdminResult> SetMatterCapacityAsync(int matterId, string locationId, int counters, string actor, CancellationToken cancellation = default) =>
        ChangeAsync(DraftValidator.Counters(counters), actor, "matter.capacity", "matter", Id(matterId), new { locationId, counters }, async scope =>
        {
            if (await CountAsync(scope, "SELECT COUNT(*) FROM matters WHERE id = @id", matterId, cancellation) == 0)
            {
                return AdminErrors.NotFound("sprawa", "matter");
            }

            if (await scope.Command("SELECT COUNT(*) FROM locations WHERE id = @id", ("@id", locationId ?? string.Empty)).ScalarAsync<long>(cancellation) == 0)
            {
                return AdminErrors.NotFound("lokalizacja", "location");
            }

            await scope.Command("DELETE FROM matter_locations WHERE matter_id = @m AND location_id = @l", ("@m", matterId), ("@l", locationId))
                .ExecuteAsync(cancellation);
            if (counters > 0)
            {
                await scope.Command("INSERT INTO matter_locations (matter_id, location_id, counters) VALUES (@m, @l, @c)",
                    ("@m", matterId), ("@l", locationId), ("@c", counters)).ExecuteAsync(cancellation);
            }

            return null;
        }, cancellation);

    public async Task<AdminResult<string>> CreateLocationAsync(LocationDraft draft, string actor, CancellationToken cancellation = default)
    {
        var result = await ChangeAsync(DraftValidator.Location(draft, checkId: true), actor, "location.create", "location", draft.Id ?? string.Empty, draft, async scope =>
        {
            if (await scope.Command("SELECT COUNT(*) FROM locations WHERE id = @id", ("@id", draft.Id)).ScalarAsync<long>(cancellation) > 0)
            {
                return AdminErrors.Conflict($"Lokalizacja {draft.Id} już istnieje.", $"Location {draft.Id} already exists.");
            }

            await scope.Command("INSERT INTO locations (id, name, address) VALUES (@id, @n, @a)",
                ("@id", draft.Id), ("@n", draft.Name.Trim()), ("@a", draft.Address.Trim())).ExecuteAsync(cancellation);
            return null;
        }, cancellation);
        return result.Succeeded ? AdminResult<string>.Success(draft.Id!) : AdminResult<string>.Failure(result.Error!);
    }

    public Task<AdminResult> UpdateLocationAsync(LocationDraft draft, string actor, CancellationToken cancellation = default) =>
        ChangeAsync(DraftValidator.Location(draft, checkId: false), actor, "location.update", "location", draft.Id ?? string.Empty, draft, async scope =>
            await scope.Command("UPDATE locations SET name = @n, address = @a WHERE id = @id",
                ("@n", draft.Name.Trim()), ("@a", draft.Address.Trim()), ("@id", draft.Id ?? string.Empty)).ExecuteAsync(cancellation) == 1
                ? null : AdminErrors.NotFound("lokalizacja", "location"), cancellation);

    public Task<AdminResult> DeleteLocationAsync(string id, string actor, CancellationToken cancellation = default) =>
        ChangeAsync(null, actor, "location.delete", "location", id ?? string.Empty, null, async scope =>
        {
            if (await scope.Command("SELECT COUNT(*) FROM visits WHERE location_id = @id", ("@id", id)).ScalarAsync<long>(cancellation) > 0)
            {
                return AdminErrors.Conflict("W tej lokalizacji umawiano wizyty: nie można jej usunąć; wycofaj z niej sprawy.",
                    "Visits were booked at this location; withdraw its matters instead of deleting it.");
            }

            foreach (var table in new[] { "opening_hours", "closed_days", "matter_locations", "slot_counters" })
            {
                await scope.Command($"DELETE FROM {table} WHERE location_id = @id", ("@id", id)).ExecuteAsync(cancellation);
            }

            return await scope.Command("DELETE FROM locations WHERE id = @id", ("@id", id)).ExecuteAsync(cancellation) == 1
                ? null : AdminErrors.NotFound("lokalizacja", "location");
        }, cancellation);

    public Task<AdminResult> SetOpeningHoursAsync(string locationId, IReadOnlyList<OpeningHours> hours, string actor, CancellationToken cancellation = default) =>
        ChangeAsync(DraftValidator.Hours(hours), actor, "location.hours", "location", locationId ?? string.Empty,
            hours?.Select(h => $"{h.Day} {h.Opens:HH\\:mm}-{h.Closes:HH\\:mm}"), async scope =>
        {
            if (await scope.Command("SELECT COUNT(*) FROM locations WHERE id = @id", ("@id", locationId)).ScalarAsync<long>(cancellation) == 0)
            {
                return AdminErrors.NotFound("lokalizacja", "location");
            }

            await scope.Command("DELETE FROM opening_hours WHERE location_id = @id", ("@id", locationId)).ExecuteAsync(cancellation);
            foreach (var h in hours!)
            {
                await scope.Command("INSERT INTO opening_hours (location_id, weekday, opens_minute, closes_minute) VALUES (@id, @w, @o, @c)",
                    ("@id", locationId), ("@w", (int)h.Day), ("@o", DayText.Minute(h.Opens)), ("@c", DayText.Minute(h.Closes))).ExecuteAsync(cancellation);
            }

            return null;
        }, cancellation);

    public Task<AdminResult> UpdatePrivacyNoticeAsync(string? text, string actor, CancellationToken cancellation = default) =>
        ChangeAsync(DraftValidator.PrivacyNotice(text), actor, "privacy-notice.update", "privacy-notice", string.Empty,
            new { length = text?.Trim().Length ?? 0 }, async scope =>
            {
                await scope.Command(
                    "INSERT INTO meta (key, value) VALUES (@k, @v) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    ("@k", Privacy.PrivacyNotice.MetaKey), ("@v", text!.Trim().ReplaceLineEndings("\n"))).ExecuteAsync(cancellation);
                return null;
            }, cancellation);

    public Task<AdminResult<int>> AddClosedDayAsync(ClosedDayDraft draft, string actor, CancellationToken cancellation = default) =>
        CreateAsync(DraftValidator.ClosedDay(draft), actor, "closed-day.add", "closed-day", draft, async scope =>
        {
            if (draft.LocationId is not null
                && await scope.Command("SELECT COUNT(*) FROM locations WHERE id = @id", ("@id", draft.LocationId)).ScalarAsync<long>(cancellation) == 0)
            {
                return -1;
            }

            return (int)await scope.Command("INSERT INTO closed_days (location_id, day, reason) VALUES (@l, @d, @r) RETURNING id",
                ("@l", draft.LocationId), ("@d", DayText.From(draft.Day)), ("@r", draft.Reason.Trim())).ScalarAsync<long>(cancellation);
        }, cancellation, AdminErrors.NotFound("lokalizacja", "location"));

    public Task<AdminResult> RemoveClosedDayAsync(int id, string actor, CancellationToken cancellation = default) =>
        ChangeAsync(null, actor, "closed-day.remove", "closed-day", Id(id), null, async scope =>
            await scope.Command("DELETE FROM closed_days WHERE id = @id", ("@id", id)).ExecuteAsync(cancellation) == 1
                ? null : AdminErrors.NotFound("dzień wolny", "closed day"), cancellation);

    public Task<AdminResult<int>> AddAttachmentAsync(AttachmentDraft draft, string actor, CancellationToken cancellation = default) =>
        CreateAsync(DraftValidator.Attachment(draft), actor, "attachment.add", "attachment",
            new { draft.MatterId, draft.Title, draft.FileName, draft.ContentType, Length = draft.Content?.Length }, async scope =>
        {
            if (await CountAsync(scope, "SELECT COUNT(*) FROM matters WHERE id = @id", draft.MatterId, cancellation) == 0)
            {
                return -1;
            }

            return (int)await scope.Command(
                "INSERT INTO attachments (matter_id, title, file_name, content_type, length, content) VALUES (@m, @t, @f, @ct, @len, @c) RETURNING id",
                ("@m", draft.MatterId), ("@t", draft.Title.Trim()), ("@f", draft.FileName.Trim()), ("@ct", draft.ContentType.Trim()),
                ("@len", (long)draft.Content!.Length), ("@c", draft.Content)).ScalarAsync<long>(cancellation);
        }, cancellation, AdminErrors.NotFound("sprawa", "matter"));

    public Task<AdminResult> DeleteAttachmentAsync(int id, string actor, CancellationToken cancellation = default) =>
        ChangeAsync(null, actor, "attachment.delete", "attachment", Id(id), null, async scope =>
            await scope.Command("DELETE FROM attachments WHERE id = @id", ("@id", id)).ExecuteAsync(cancellation) == 1
                ? null : AdminErrors.NotFound("załącznik", "attachment"), cancellation);

    public Task<IReadOnlyList<AuditEntry>> GetAuditLogAsync(int limit = 100, long? beforeId = null, CancellationToken cancellation = default) =>
        _database.ReadAsync<IReadOnlyList<AuditEntry>>(async c =>
        {
            var take = Math.Clamp(limit, 1, 1000);
            var command = beforeId is { } before
                ? c.CreateCommand("SELECT id, at, actor, action, entity, entity_id, details FROM audit_log WHERE id < @b ORDER BY id DESC LIMIT @n", ("@b", before), ("@n", take))
                : c.CreateCommand("SELECT id, at, actor, action, entity, entity_id, details FROM audit_log ORDER BY id DESC LIMIT @n", ("@n", take));
            return await command.ListAsync(r => new AuditEntry(r.Long(0), _clock.FromUnixMilliseconds(r.Long(1)), r.Text(2), r.Text(3), r.Text(4), r.Text(5), r.Text(6)), cancellation);
        }, cancellation);

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static (string, object?)[] MatterParameters(MatterDraft d) =>
    [
        ("@g", d.GroupId), ("@n", d.Name.Trim()), ("@d", d.Description.Trim()),
        ("@docs", string.Join('\n', d.RequiredDocuments.Select(x => x.Trim()))), ("@len", d.VisitMinutes),
        ("@cat", d.QueueCategory), ("@act", d.Active ? 1 : 0), ("@o", d.SortOrder),
    ];

    private static Task<long> CountAsync(WriteScope scope, string sql, int id, CancellationToken cancellation) =>
        scope.Command(sql, ("@id", id)).ScalarAsync<long>(cancellation);

    /// <summary>Validates, runs a change that returns an error or null, audits and commits it.</summary>
    private async Task<AdminResult> ChangeAsync(AdminError? invalid, string actor, string action, string entity, string entityId, object? details,
        Func<WriteScope, Task<AdminError?>> change, CancellationToken cancellation)
    {
        if (invalid is not null)
        {
            return AdminResult.Failure(invalid);
        }

        return await WriteAndForgetAsync(async scope =>
        {
            var error = await change(scope);
            if (error is not null)
            {
                return AdminResult.Failure(error);
            }

            await AuditWriter.AppendAsync(scope, _clock, actor, action, entity, entityId, Details(details), cancellation);
            await scope.CommitAsync(cancellation);
            return AdminResult.Ok;
        }, cancellation);
    }

    /// <summary>Validates, inserts (the insert returns -1 when its parent is missing), audits and commits.</summary>
    private async Task<AdminResult<int>> CreateAsync(AdminError? invalid, string actor, string action, string entity, object details,
        Func<WriteScope, Task<int>> insert, CancellationToken cancellation, AdminError? parentMissing = null)
    {
        if (invalid is not null)
        {
            return AdminResult<int>.Failure(invalid);
        }

        return await WriteAndForgetAsync(async scope =>
        {
            var id = await insert(scope);
            if (id < 0)
            {
                return AdminResult<int>.Failure(parentMissing!);
            }

            await AuditWriter.AppendAsync(scope, _clock, actor, action, entity, Id(id), Details(details), cancellation);
            await scope.CommitAsync(cancellation);
            return AdminResult<int>.Success(id);
        }, cancellation);
    }

    /// <summary>Runs a write and then drops cached offers, so the next read sees the change.</summary>
    private async Task<T> WriteAndForgetAsync<T>(Func<WriteScope, Task<T>> work, CancellationToken cancellation)
    {
        try
        {
            return await _database.WriteAsync(work, cancellation);
        }
        finally
        {
            _cache.Clear();
        }
    }

    private static string Details(object? details) => details is null ? string.Empty : JsonSerializer.Serialize(details, AuditJson);
}
