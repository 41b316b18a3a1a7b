using EdgeQueue.Central.Booking.Catalogue;

namespace EdgeQueue.Central.Pages.Admin;

/// <summary>The whole catalogue as administration sees it: every department with inactive matters too.</summary>
public static class AdminCatalogue
{
    public static async Task<IReadOnlyList<CatalogueDepartment>> DepartmentsAsync(IBookingCatalogue catalogue, CancellationToken cancellation)
    {
        var all = new List<CatalogueDepartment>();
        foreach (var department in await catalogue.GetDepartmentsAsync(cancellation))
        {
            if (await catalogue.GetDepartmentAsync(department.Id, includeInactive: true, cancellation) is { } details)
            {
                all.Add(details);
            }
        }

        return all;
    }
}
