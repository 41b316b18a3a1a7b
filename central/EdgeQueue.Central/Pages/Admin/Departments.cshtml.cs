using EdgeQueue.Central.Booking.Administration;
using EdgeQueue.Central.Booking.Catalogue;
using Microsoft.AspNetCore.Mvc;

namespace EdgeQueue.Central.Pages.Admin;

public sealed class DepartmentsModel(IBookingCatalogue catalogue, IBookingAdministration administration) : AdminPageModel
{
    public IReadOnlyList<Department> Departments { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellation) =>
        Departments = await catalogue.GetDepartmentsAsync(cancellation);

    public async Task<IActionResult> OnPostCreateAsync(string name, string? description, int sortOrder, CancellationToken cancellation) =>
        Done(await administration.CreateDepartmentAsync(new DepartmentDraft(name ?? "", description ?? "", sortOrder), Actor, cancellation), $"Dodano wydział „{name}”.");

    public async Task<IActionResult> OnPostUpdateAsync(int id, string name, string? description, int sortOrder, CancellationToken cancellation) =>
        Done(await administration.UpdateDepartmentAsync(id, new DepartmentDraft(name ?? "", description ?? "", sortOrder), Actor, cancellation), $"Zapisano wydział „{name}”.");

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellation) =>
        Done(await administration.DeleteDepartmentAsync(id, Actor, cancellation), "Usunięto wydział.");
}
