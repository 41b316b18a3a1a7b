using EdgeQueue.Central.Booking.Administration;
using EdgeQueue.Central.Booking.Catalogue;
using Microsoft.AspNetCore.Mvc;

namespace EdgeQueue.Central.Pages.Admin;

public sealed class GroupsModel(IBookingCatalogue catalogue, IBookingAdministration administration) : AdminPageModel
{
    public IReadOnlyList<CatalogueDepartment> Departments { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellation) =>
        Departments = await AdminCatalogue.DepartmentsAsync(catalogue, cancellation);

    public async Task<IActionResult> OnPostCreateAsync(int departmentId, string name, int sortOrder, CancellationToken cancellation) =>
        Done(await administration.CreateMatterGroupAsync(new MatterGroupDraft(departmentId, name ?? "", sortOrder), Actor, cancellation), $"Dodano grupę „{name}”.");

    public async Task<IActionResult> OnPostUpdateAsync(int id, int departmentId, string name, int sortOrder, CancellationToken cancellation) =>
        Done(await administration.UpdateMatterGroupAsync(id, new MatterGroupDraft(departmentId, name ?? "", sortOrder), Actor, cancellation), $"Zapisano grupę „{name}”.");

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellation) =>
        Done(await administration.DeleteMatterGroupAsync(id, Actor, cancellation), "Usunięto grupę.");
}
