using EdgeQueue.Central.Booking.Users;
using EdgeQueue.Central.Sync.Link;
using EdgeQueue.Central.Sync.Reading;
using EdgeQueue.Central.Sync.Storage;
using EdgeQueue.Contracts;
using EdgeQueue.Contracts.Messages.Sync;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EdgeQueue.Central.Sync;

/// <summary>
/// JSON endpoints of the sync for administrators: the sites and their sync positions, and the
/// per-site queue configuration (categories, counters, hours). A PUT saves a new version and
/// publishes it retained to the site's hub.
/// </summary>
public static class CentralSyncEndpoints
{
    public static IEndpointRouteBuilder MapCentralSync(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup("/api/sync").RequireAuthorization(BookingPolicies.Administrator);
        group.MapGet("/sites", async (ICentralSyncReader reader, CancellationToken cancellation) =>
            Results.Ok(await reader.ListSitesAsync(cancellation)));
        group.MapGet("/sites/{site}/config", (string site, CentralSyncStore store) =>
            store.GetLatestConfig(site) is { } record
                ? Results.Text(ContractJson.SerializeToString(record.Config), "application/json")
                : Results.Problem($"site {site} has no configuration from central yet", statusCode: StatusCodes.Status404NotFound));
        group.MapPut("/sites/{site}/config", SaveConfigAsync);
        return endpoints;
    }

    private static async Task<IResult> SaveConfigAsync(string site, HttpRequest request, CentralSyncStore store, HttpContext context,
        CancellationToken cancellation)
    {
        if (!SiteTopics.IsValidSiteId(site))
        {
            return Results.Problem($"'{site}' is not a site id (1-40 lowercase letters, digits, dashes)", statusCode: StatusCodes.Status400BadRequest);
        }

        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellation);
        if (!ContractJson.TryDeserialize<SyncSiteConfig>(body.ToArray(), ContractJson.MaxSyncPayloadBytes, out var draft, out var error))
        {
            return Results.Problem(error, statusCode: StatusCodes.Status400BadRequest);
        }

        if (SiteConfigRules.Check(draft) is { Count: > 0 } problems)
        {
            return Results.Problem(string.Join("; ", problems), statusCode: StatusCodes.Status400BadRequest);
        }

        var record = store.SaveConfig(site, draft, context.User.Identity?.Name ?? "administrator");
        if (context.RequestServices.GetService<CentralSyncLink>() is { } link)
        {
            // Retained: a hub that is offline now gets it when it connects.
            _ = link.PublishConfigAsync(record, CancellationToken.None);
        }

        return Results.Text(ContractJson.SerializeToString(record.Config), "application/json", statusCode: StatusCodes.Status200OK);
    }
}
