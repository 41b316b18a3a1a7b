using EdgeQueue.Central.Booking.Catalogue;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EdgeQueue.Central.Pages;

/// <summary>Step 1: the departments that take booked visits.</summary>
public sealed class IndexModel(IBookingCatalogue catalogue) : PageModel
{
    public IReadOnlyList<Department> Departments { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellation) =>
        Departments = await catalogue.GetDepartmentsAsync(cancellation);
}
