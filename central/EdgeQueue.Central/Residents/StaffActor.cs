using System.Security.Claims;
using EdgeQueue.Central.Booking.Users;
using EdgeQueue.Central.Booking.Visits;

namespace EdgeQueue.Central.Residents;

/// <summary>Who is booking: a logged-in agent (call-centre mode, audited by login) or a resident.</summary>
public static class StaffActor
{
    public static bool IsAgent(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true
        && (user.IsInRole(BookingRoles.Agent) || user.IsInRole(BookingRoles.Administrator));

    public static BookingActor For(ClaimsPrincipal user) =>
        IsAgent(user) ? BookingActor.AgentNamed(user.Identity!.Name!) : BookingActor.Resident;

    /// <summary>The staff login for administration commands' audit entries.</summary>
    public static string Login(ClaimsPrincipal user) => user.Identity?.Name ?? "anonymous";
}
