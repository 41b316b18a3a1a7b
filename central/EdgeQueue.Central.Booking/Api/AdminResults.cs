using System.Security.Claims;
using EdgeQueue.Central.Booking.Administration;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EdgeQueue.Central.Booking.Api;

/// <summary>Turns administration outcomes into typed HTTP results.</summary>
internal static class AdminResults
{
    public static string Actor(ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";

    public static async Task<Results<NoContent, ProblemHttpResult>> Done(Task<AdminResult> command)
    {
        var result = await command;
        return result.Succeeded ? TypedResults.NoContent() : BookingProblems.From(result.Error!);
    }

    public static async Task<Results<Created<CreatedId<T>>, ProblemHttpResult>> Created<T>(Task<AdminResult<T>> command)
    {
        var result = await command;
        return result.Succeeded ? TypedResults.Created((string?)null, new CreatedId<T>(result.Value!)) : BookingProblems.From(result.Error!);
    }
}
