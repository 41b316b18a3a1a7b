using EdgeQueue.Central.Booking.Catalogue;

namespace EdgeQueue.Central.Booking.Administration;

/// <summary>
/// Administrator commands over the catalogue, hours, closed days and capacities. Every successful
/// command writes an audit entry in the same transaction, naming <c>actor</c> (the staff login).
/// Deleting something still in use (a department with groups, a matter with future visits) is refused.
/// </summary>
public interface IBookingAdministration
{
    Task<AdminResult<int>> CreateDepartmentAsync(DepartmentDraft draft, string actor, CancellationToken cancellation = default);

    Task<AdminResult> UpdateDepartmentAsync(int id, DepartmentDraft draft, string actor, CancellationToken cancellation = default);

    Task<AdminResult> DeleteDepartmentAsync(int id, string actor, CancellationToken cancellation = default);

    Task<AdminResult<int>> CreateMatterGroupAsync(MatterGroupDraft draft, string actor, CancellationToken cancellation = default);

    Task<AdminResult> UpdateMatterGroupAsync(int id, MatterGroupDraft draft, string actor, CancellationToken cancellation = default);

    Task<AdminResult> DeleteMatterGroupAsync(int id, string actor, CancellationToken cancellation = default);

    Task<AdminResult<int>> CreateMatterAsync(MatterDraft draft, string actor, CancellationToken cancellation = default);

    Task<AdminResult> UpdateMatterAsync(int id, MatterDraft draft, string actor, CancellationToken cancellation = default);

    Task<AdminResult> DeleteMatterAsync(int id, string actor, CancellationToken cancellation = default);

    /// <summary>Offers a matter at a location with this many counters for booked visits (slot capacity); 0 withdraws it.</summary>
    Task<AdminResult> SetMatterCapacityAsync(int matterId, string locationId, int counters, string actor, CancellationToken cancellation = default);

    Task<AdminResult<string>> CreateLocationAsync(LocationDraft draft, string actor, CancellationToken cancellation = default);

    /// <summary>Renames or re-addresses a location (its id, shared with the hub, does not change).</summary>
    Task<AdminResult> UpdateLocationAsync(LocationDraft draft, string actor, CancellationToken cancellation = default);

    Task<AdminResult> DeleteLocationAsync(string id, string actor, CancellationToken cancellation = default);

    /// <summary>Replaces the weekly booking hours of a location; weekdays not listed are closed.</summary>
    Task<AdminResult> SetOpeningHoursAsync(string locationId, IReadOnlyList<OpeningHours> hours, string actor, CancellationToken cancellation = default);

    Task<AdminResult<int>> AddClosedDayAsync(ClosedDayDraft draft, string actor, CancellationToken cancellation = default);

    Task<AdminResult> RemoveClosedDayAsync(int id, string actor, CancellationToken cancellation = default);

    Task<AdminResult<int>> AddAttachmentAsync(AttachmentDraft draft, string actor, CancellationToken cancellation = default);

    Task<AdminResult> DeleteAttachmentAsync(int id, string actor, CancellationToken cancellation = default);

    /// <summary>Newest first; <paramref name="beforeId"/> pages further back.</summary>
    Task<IReadOnlyList<AuditEntry>> GetAuditLogAsync(int limit = 100, long? beforeId = null, CancellationToken cancellation = default);

    /// <summary>Replaces the information clause on personal data shown to residents (audited; the text itself is not copied into the log).</summary>
    Task<AdminResult> UpdatePrivacyNoticeAsync(string? text, string actor, CancellationToken cancellation = default);
}
