using EdgeQueue.Central.Booking.Users;
using Microsoft.AspNetCore.Mvc;

namespace EdgeQueue.Central.Pages.Admin;

/// <summary>Staff accounts: administrators, call-centre agents, technicians.</summary>
public sealed class UsersModel(IUserDirectory users) : AdminPageModel
{
    public IReadOnlyList<StaffUser> Users { get; private set; } = [];

    public static string RoleName(string role) => role switch
    {
        BookingRoles.Administrator => "administrator",
        BookingRoles.Agent => "infolinia (agent)",
        BookingRoles.Technician => "technik",
        _ => role,
    };

    public async Task OnGetAsync(CancellationToken cancellation) => Users = await users.ListAsync(cancellation);

    public async Task<IActionResult> OnPostCreateAsync(string login, string displayName, string password, string[]? roles, CancellationToken cancellation) =>
        Done(await users.CreateAsync((login ?? "").Trim(), displayName ?? "", password ?? "", roles ?? [], Actor, cancellation), $"Dodano użytkownika {login}.");

    public async Task<IActionResult> OnPostRolesAsync(string login, string[]? roles, CancellationToken cancellation) =>
        Done(await users.SetRolesAsync(login ?? "", roles ?? [], Actor, cancellation), $"Zapisano role użytkownika {login}.");

    public async Task<IActionResult> OnPostActiveAsync(string login, bool active, CancellationToken cancellation) =>
        Done(await users.SetActiveAsync(login ?? "", active, Actor, cancellation), active ? $"Odblokowano {login}." : $"Zablokowano {login}.");

    public async Task<IActionResult> OnPostPasswordAsync(string login, string password, CancellationToken cancellation) =>
        Done(await users.SetPasswordAsync(login ?? "", password ?? "", Actor, cancellation), $"Zmieniono hasło użytkownika {login}.");
}
