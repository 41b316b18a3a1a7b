using EdgeQueue.Central.SiteViews.ETickets;
using EdgeQueue.Central.SiteViews.Feed;
using EdgeQueue.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EdgeQueue.Central.SiteViews;

/// <summary>
/// The e-ticket page's data endpoints: <c>/e/{site}/{ticket}/na-zywo</c> (Server-Sent Events) and
/// <c>/e/{site}/{ticket}/stan</c> (the same view as JSON). Anonymous, like the page: a ticket
/// number reveals only its place in a public queue.
/// </summary>
public static class SiteViewsEndpoints
{
    public static IEndpointRouteBuilder MapSiteViews(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/e/{site}/{ticket}/na-zywo", (HttpContext context, string site, string ticket) =>
            Valid(site, ticket) is { } number
                ? context.RequestServices.GetRequiredService<ETicketStream>().StreamAsync(context, site, number)
                : NotFound(context));
        endpoints.MapGet("/e/{site}/{ticket}/stan", async (string site, string ticket, ISiteFeed feed, TimeProvider time, CancellationToken cancellation) =>
            Valid(site, ticket) is { } number
                ? Results.Content(ETicketJson.Serialize(ETicketViews.Build(site, number, await feed.StatusAsync(site, cancellation), time.GetUtcNow())),
                    "application/json; charset=utf-8")
                : Results.NotFound());
        return endpoints;
    }

    /// <summary>The ticket number when both parts of the address are well-formed, else null.</summary>
    public static string? Valid(string site, string ticket) =>
        SiteTopics.IsValidSiteId(site) ? TicketNumbers.Normalize(ticket) : null;

    private static Task NotFound(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}
