using System.Security.Claims;
using EdgeQueue.Central.Booking.Administration;
using EdgeQueue.Central.Booking.Catalogue;
using EdgeQueue.Central.Booking.Privacy;
using EdgeQueue.Central.Booking.Sync;
using EdgeQueue.Central.Booking.Users;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using static EdgeQueue.Central.Booking.Api.AdminResults;

namespace EdgeQueue.Central.Booking.Api;

/// <summary>Administration of the catalogue, hours, closed days, capacities and attachments; audit log; purge.</summary>
internal static class AdminEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/admin").WithTags("Administracja").RequireAuthorization(BookingPolicies.Administrator);

        admin.MapGet("/departments/{id:int}", async Task<Results<Ok<CatalogueDepartment>, ProblemHttpResult>> (int id, IBookingCatalogue c, CancellationToken ct) =>
            await c.GetDepartmentAsync(id, true, ct) is { } d ? TypedResults.Ok(d) : BookingProblems.NotFound("wydział", "department"));
        admin.MapGet("/matters/{id:int}", async Task<Results<Ok<MatterDetails>, ProblemHttpResult>> (int id, IBookingCatalogue c, CancellationToken ct) =>
            await c.GetMatterAsync(id, ct) is { } m ? TypedResults.Ok(m) : BookingProblems.NotFound("sprawa", "matter"));
        admin.MapPost("/departments", (DepartmentDraft d, ClaimsPrincipal u, IBookingAdministration a, CancellationToken ct) => Created(a.CreateDepartmentAsync(d, Actor(u), ct)));
        admin.MapPut("/departments/{id:int}", (int id, DepartmentDraft d, ClaimsPrincipal u, IBookingAdministration a, CancellationToken ct) => Done(a.UpdateDepartmentAsync(id, d, Actor(u), ct)));
        admin.MapDelete("/departments/{id:int}", (int id, ClaimsPrincipal u, IBookingAdministration a, CancellationToken ct) => Done(a.DeleteDepartmentAsync(id, Actor(u), ct)));

        admin.MapPost("/matter-groups", (MatterGroupDraft d, ClaimsPrincipal u, IBookingAdministration a, CancellationToken ct) => Created(a.CreateMatterGroupAsync(d, Actor(u), ct)));
        admin.MapPut("/matter-groups/{id:int}", (int id, MatterGroupDraft d, ClaimsPrincipal u, IBookingAdministration a, CancellationToken ct) => Done(a.UpdateMatterGroupAsync(id, d, Actor(u), ct)));
        admin.MapDelete("/matter-groups/{id:int}", (int id, ClaimsPrincipal u, IBookingAdministration a, CancellationToken ct) => Done(a.DeleteMatterGroupAsync(id, Actor(u), ct)));

        admin.MapPost("/matters", (MatterDraft d, ClaimsPrincipal u, IBookingAdministration a, CancellationToken ct) => Created(a.CreateMatterAsync(d, Actor(u), ct)));
        admin.MapPut("/matters/{id:int}", (int id, MatterDraft d, ClaimsPrincipal u, IBookingAdministration a, CancellationToken ct) => Done(a.UpdateMatterAsync(id, d, Actor(u), ct)));
        admin.MapDelete("/matters/{id:int}", (int id, ClaimsPrincipal u, IBookingAdministration a, CancellationToken ct) => Done(a.DeleteMatterAsync(id, Actor(u), ct)));
        admin.MapPut("/matters/{id:int}/locations/{locationId}", (int id, string locationId, CapacityRequest r, ClaimsPrincipal u, IBookingAdministration a, CancellationToken ct) =>
            Done(a.SetMatterCapacityAsync(id, locationId, r.Counters, Actor(u), ct)));

        admin.MapPost("/locations", (LocationDraft d, ClaimsPrincipal u, IBookingAdministration a, CancellationToken ct) => Created(a.CreateLocationAsync(d, Actor(u), ct)));
        admin.MapPut("/locations/{id}", (string id, LocationUpdate d, ClaimsPrincipal u, IBookingAdministration a, CancellationToken ct) =>
            Done(a.UpdateLocationAsync(new LocationDraft(id, d.Name, d.Address), Actor(u), ct)));
        admin.MapDelete("/locations/{id}", (string id, ClaimsPrincipal u, IBookingAdministration a, CancellationToken ct) => Done(a.DeleteLocationAsync(id, Actor(u), ct)));
        admin.MapPut("/locations/{id}/hours", (string id, OpeningHours[] hours, ClaimsPrincipal u, IBookingAdministration a, CancellationToken ct) =>
            Done(a.SetOpeningHoursAsync(id, hours, Actor(u), ct)));

        admin.MapGet("/closed-days", async (DateOnly? from, string? locationId, IBookingCatalogue c, BookingClock clock, CancellationToken ct) =>
            TypedResults.Ok(await c.GetClosedDaysAsync(from ?? clock.Today, locationId, ct)));
        admin.MapPost("/closed-days", (ClosedDayDraft d, ClaimsPrincipal u, IBookingAdministration a, CancellationToken ct) => Created(a.AddClosedDayAsync(d, Actor(u), ct)));
        admin.MapDelete("/closed-days/{id:int}", (int id, ClaimsPrincipal u, IBookingAdministration a, CancellationToken ct) => Done(a.RemoveClosedDayAsync(id, Actor(u), ct)));

        admin.MapPost("/attachments", (AttachmentDraft d, ClaimsPrincipal u, IBookingAdministration a, CancellationToken ct) => Created(a.AddAttachmentAsync(d, Actor(u), ct)))
            .WithSummary("Dodaj załącznik (treść pliku w base64, do 10 MB)");
        admin.MapDelete("/attachments/{id:int}", (int id, ClaimsPrincipal u, IBookingAdministration a, CancellationToken ct) => Done(a.DeleteAttachmentAsync(id, Actor(u), ct)));

        admin.MapGet("/audit", async (int? limit, long? before, IBookingAdministration a, CancellationToken ct) =>
            TypedResults.Ok(await a.GetAuditLogAsync(limit ?? 100, before, ct))).WithSummary("Dziennik zmian, od najnowszych");
        admin.MapPost("/retention/purge", async (IRetentionPurge purge, CancellationToken ct) => TypedResults.Ok(new PurgeResponse(await purge.PurgeAsync(ct))))
            .WithSummary("Usuń teraz dane osobowe po okresie przechowywania");

        admin.MapGet("/users", async (IUserDirectory users, CancellationToken ct) => TypedResults.Ok(await users.ListAsync(ct)));
        admin.MapPost("/users", (CreateUserRequest r, ClaimsPrincipal u, IUserDirectory users, CancellationToken ct) =>
            Created(users.CreateAsync(r.Login, r.DisplayName, r.Password, r.Roles, Actor(u), ct)));
        admin.MapPut("/users/{login}/roles", (string login, RolesRequest r, ClaimsPrincipal u, IUserDirectory users, CancellationToken ct) =>
            Done(users.SetRolesAsync(login, r.Roles, Actor(u), ct)));
        admin.MapPut("/users/{login}/password", (string login, PasswordRequest r, ClaimsPrincipal u, IUserDirectory users, CancellationToken ct) =>
            Done(users.SetPasswordAsync(login, r.Password, Actor(u), ct)));
        admin.MapPut("/users/{login}/active", (string login, ActiveRequest r, ClaimsPrincipal u, IUserDirectory users, CancellationToken ct) =>
            Done(users.SetActiveAsync(login, r.Active, Actor(u), ct)));

        var sites = api.MapGroup("/sites").WithTags("Sale obsługi").RequireAuthorization(BookingPolicies.Technician);
        sites.MapGet("/{siteId}/booking-changes", async (string siteId, long? after, int? max, ISiteBookingFeed feed, CancellationToken ct) =>
            TypedResults.Ok(await feed.ReadAsync(siteId, after ?? 0, max ?? 500, ct)))
            .WithSummary("Dziennik zmian rezerwacji sali (bez danych osobowych), od numeru po 'after'");
    }
}
