using System.Security.Claims;
using EdgeQueue.Central.Booking.Users;
using EdgeQueue.Central.Booking.Visits;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace EdgeQueue.Central.Booking.Api;

/// <summary>Booking, cancelling and checking visits: residents (rate limited per IP) and call-centre agents (per login).</summary>
internal static class VisitEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var visits = api.MapGroup("/visits").WithTags("Wizyty");
        visits.MapPost("/", (BookVisitRequest request, IVisitBooking booking, CancellationToken ct) => BookAsync(request, BookingActor.Resident, booking, ct))
            .RequireRateLimiting(BookingRateLimits.Booking)
            .WithName("BookVisit").WithSummary("Umów wizytę; odpowiedź zawiera kod potwierdzenia");
        visits.MapPost("/cancel", (CancelVisitRequest request, IVisitBooking booking, CancellationToken ct) => CancelAsync(request, BookingActor.Resident, booking, ct))
            .RequireRateLimiting(BookingRateLimits.Cancellation)
            .WithName("CancelVisit").WithSummary("Odwołaj wizytę: PESEL, sprawa, dzień i kod potwierdzenia");
        visits.MapPost("/lookup", async Task<Results<Ok<BookedVisit>, ProblemHttpResult>> (LookupVisitRequest request, IVisitBooking booking, CancellationToken ct) =>
            await booking.FindAsync(request.Code, request.Pesel, ct) is { } visit
                ? TypedResults.Ok(visit)
                : BookingProblems.From(BookingErrors.VisitNotFound))
            .RequireRateLimiting(BookingRateLimits.Cancellation)
            .WithName("LookupVisit").WithSummary("Sprawdź wizytę po kodzie i numerze PESEL");

        var agent = api.MapGroup("/agent/visits").WithTags("Infolinia").RequireAuthorization(BookingPolicies.Agent);
        agent.MapPost("/", (BookVisitRequest request, ClaimsPrincipal user, IVisitBooking booking, CancellationToken ct) =>
                BookAsync(request, BookingActor.AgentNamed(user.Identity?.Name ?? "agent"), booking, ct))
            .RequireRateLimiting(BookingRateLimits.Booking)
            .WithName("AgentBookVisit").WithSummary("Umów wizytę w imieniu dzwoniącego");
        agent.MapPost("/cancel", (CancelVisitRequest request, ClaimsPrincipal user, IVisitBooking booking, CancellationToken ct) =>
                CancelAsync(request, BookingActor.AgentNamed(user.Identity?.Name ?? "agent"), booking, ct))
            .RequireRateLimiting(BookingRateLimits.Cancellation)
            .WithName("AgentCancelVisit").WithSummary("Odwołaj wizytę dzwoniącego (kod nie jest wymagany)");
        agent.MapPost("/search", async (SearchVisitsRequest request, IVisitBooking booking, CancellationToken ct) =>
                TypedResults.Ok(await booking.FindActiveByPeselAsync(request.Pesel, ct)))
            .RequireRateLimiting(BookingRateLimits.Cancellation)
            .WithName("AgentSearchVisits").WithSummary("Umówione wizyty dzwoniącego (PESEL)");
    }

    private static async Task<Results<Created<BookedVisit>, ProblemHttpResult>> BookAsync(
        BookVisitRequest request, BookingActor actor, IVisitBooking booking, CancellationToken ct)
    {
        var result = await booking.BookAsync(request, actor, ct);
        return result.Visit is { } visit ? TypedResults.Created((string?)null, visit) : BookingProblems.From(result.Errors);
    }

    private static async Task<Results<Ok<BookedVisit>, ProblemHttpResult>> CancelAsync(
        CancelVisitRequest request, BookingActor actor, IVisitBooking booking, CancellationToken ct)
    {
        var result = await booking.CancelAsync(request, actor, ct);
        return result.Visit is { } visit ? TypedResults.Ok(visit) : BookingProblems.From(result.Error!);
    }
}
