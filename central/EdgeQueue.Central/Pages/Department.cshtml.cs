using EdgeQueue.Central.Booking.Catalogue;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EdgeQueue.Central.Pages;

/// <summary>Step 2a: the department's matter groups.</summary>
public sealed class DepartmentModel(IBookingCatalogue catalogue) : PageModel
{
    public CatalogueDepartment Department { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int departmentId, CancellationToken cancellation)
    {
        var department = await catalogue.GetDepartmentAsync(departmentId, cancellation: cancellation);
        if (department is null)
        {
            return NotFound();
        }

        Department = department;
        return Page();
    }
}
