using EdgeQueue.Central.Booking.Administration;
using EdgeQueue.Central.Booking.Catalogue;
using Microsoft.AspNetCore.Mvc;

namespace EdgeQueue.Central.Pages.Admin;

public sealed class MattersModel(IBookingCatalogue catalogue, IBookingAdministration administration) : AdminPageModel
{
    public IReadOnlyList<CatalogueDepartment> Departments { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellation) =>
        Departments = await AdminCatalogue.DepartmentsAsync(catalogue, cancellation);

    public async Task<IActionResult> OnPostCreateAsync(MatterForm form, CancellationToken cancellation)
    {
        var result = await administration.CreateMatterAsync(form.ToDraft(), Actor, cancellation);
        if (!result.Succeeded)
        {
            return Done(result, "");
        }

        Message = $"Dodano sprawę „{form.Name}”. Ustaw, gdzie można ją rezerwować.";
        return Redirect($"/admin/sprawy/{result.Value}");
    }
}
