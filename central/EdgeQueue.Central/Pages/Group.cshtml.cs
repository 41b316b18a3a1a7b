using EdgeQueue.Central.Booking.Catalogue;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EdgeQueue.Central.Pages;

/// <summary>Step 2b: the matters of one group.</summary>
public sealed class GroupModel(IBookingCatalogue catalogue) : PageModel
{
    public Department Department { get; private set; } = null!;

    public CatalogueGroup Group { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int departmentId, int groupId, CancellationToken cancellation)
    {
        var department = await catalogue.GetDepartmentAsync(departmentId, cancellation: cancellation);
        var group = department?.Groups.FirstOrDefault(g => g.Group.Id == groupId);
        if (department is null || group is null)
        {
            return NotFound();
        }

        (Department, Group) = (department.Department, group);
        return Page();
    }
}
