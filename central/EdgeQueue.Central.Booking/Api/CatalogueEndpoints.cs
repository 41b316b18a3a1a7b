using EdgeQueue.Central.Booking.Catalogue;
using EdgeQueue.Central.Booking.Slots;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace EdgeQueue.Central.Booking.Api;

/// <summary>Public read endpoints: department → group → matter → location → month → day.</summary>
internal static class CatalogueEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var catalogue = api.MapGroup(string.Empty).WithTags("Katalog spraw");
        catalogue.MapGet("/departments", async (IBookingCatalogue c, CancellationToken ct) => TypedResults.Ok(await c.GetDepartmentsAsync(ct)))
            .WithName("ListDepartments").WithSummary("Wydziały przyjmujące wizyty");
        catalogue.MapGet("/departments/{id:int}", async Task<Results<Ok<CatalogueDepartment>, ProblemHttpResult>> (int id, IBookingCatalogue c, CancellationToken ct) =>
            await c.GetDepartmentAsync(id, false, ct) is { } d ? TypedResults.Ok(d) : BookingProblems.NotFound("wydział", "department"))
            .WithName("GetDepartment").WithSummary("Wydział z grupami spraw i sprawami");
        catalogue.MapGet("/matters/{id:int}", async Task<Results<Ok<MatterDetails>, ProblemHttpResult>> (int id, IBookingCatalogue c, CancellationToken ct) =>
            await c.GetMatterAsync(id, ct) is { Active: true } m ? TypedResults.Ok(m) : BookingProblems.NotFound("sprawa", "matter"))
            .WithName("GetMatter").WithSummary("Opis sprawy, wymagane dokumenty, załączniki i lokalizacje");
        catalogue.MapGet("/attachments/{id:int}", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (int id, IBookingCatalogue c, CancellationToken ct) =>
            await c.GetAttachmentAsync(id, ct) is { } a
                ? TypedResults.File(a.Content, a.Info.ContentType, a.Info.FileName)
                : BookingProblems.NotFound("załącznik", "attachment"))
            .WithName("DownloadAttachment").WithSummary("Pobranie wzoru dokumentu");
        catalogue.MapGet("/locations", async (IBookingCatalogue c, CancellationToken ct) => TypedResults.Ok(await c.GetLocationsAsync(ct)))
            .WithName("ListLocations").WithSummary("Lokalizacje (sale obsługi) z godzinami przyjęć");
        catalogue.MapGet("/locations/{id}", async Task<Results<Ok<Location>, ProblemHttpResult>> (string id, IBookingCatalogue c, CancellationToken ct) =>
            await c.GetLocationAsync(id, ct) is { } l ? TypedResults.Ok(l) : BookingProblems.NotFound("lokalizacja", "location"))
            .WithName("GetLocation");

        var slots = api.MapGroup("/matters/{matterId:int}/locations/{locationId}").WithTags("Terminy");
        slots.MapGet("/months/{year:int}/{month:int}", async Task<Results<Ok<MonthCalendar>, ProblemHttpResult>> (
                int matterId, string locationId, int year, int month, ISlotCalendar calendar, CancellationToken ct) =>
            await calendar.GetMonthAsync(matterId, locationId, year, month, ct) is var r && r.Value is { } v
                ? TypedResults.Ok(v) : BookingProblems.From(r.Error!))
            .WithName("GetMonthCalendar").WithSummary("Kalendarz miesiąca z wolnymi dniami");
        slots.MapGet("/days/{day}", async Task<Results<Ok<DaySlots>, ProblemHttpResult>> (
                int matterId, string locationId, DateOnly day, ISlotCalendar calendar, CancellationToken ct) =>
            await calendar.GetDayAsync(matterId, locationId, day, ct) is var r && r.Value is { } v ? TypedResults.Ok(v) : BookingProblems.From(r.Error!))
            .WithName("GetDaySlots").WithSummary("Wolne godziny w dniu (yyyy-MM-dd)");
    }
}
