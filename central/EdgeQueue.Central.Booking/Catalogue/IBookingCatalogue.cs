namespace EdgeQueue.Central.Booking.Catalogue;

/// <summary>
/// Read side of the catalogue: department → matter group → matter → location. Residents' pages see
/// only active matters offered at least at one location; administration sees everything.
/// </summary>
public interface IBookingCatalogue
{
    Task<IReadOnlyList<Department>> GetDepartmentsAsync(CancellationToken cancellation = default);

    /// <summary>The department with its groups and matters; null if unknown.</summary>
    /// <param name="includeInactive">True for administration: also inactive matters and matters without a location.</param>
    Task<CatalogueDepartment?> GetDepartmentAsync(int departmentId, bool includeInactive = false, CancellationToken cancellation = default);

    Task<MatterDetails?> GetMatterAsync(int matterId, CancellationToken cancellation = default);

    Task<AttachmentContent?> GetAttachmentAsync(int attachmentId, CancellationToken cancellation = default);

    Task<IReadOnlyList<Location>> GetLocationsAsync(CancellationToken cancellation = default);

    Task<Location?> GetLocationAsync(string locationId, CancellationToken cancellation = default);

    /// <summary>Holidays and closed days from <paramref name="from"/> on; for one location (plus city-wide ones) or all.</summary>
    Task<IReadOnlyList<ClosedDay>> GetClosedDaysAsync(DateOnly from, string? locationId = null, CancellationToken cancellation = default);

    /// <summary>The information clause on personal data (RODO) as the administrator set it, or the default.</summary>
    Task<string> GetPrivacyNoticeAsync(CancellationToken cancellation = default);
}
