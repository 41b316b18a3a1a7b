using EdgeQueue.Hub.Display;
using EdgeQueue.Hub.Gateway;
using EdgeQueue.Hub.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace EdgeQueue.Hub.Web;

/// <summary>
/// The hub's HTTP surface: <c>/display</c> (hall screen) with <c>/display/events</c> (SSE),
/// <c>/devices</c> (technician page, password) with <c>/devices/events</c> and <c>/devices.json</c>,
/// <c>/t/{ticket}</c> (fallback e-ticket page) with <c>/t/{ticket}/events</c> (SSE) and <c>/health</c>.
/// </summary>
internal static class HubEndpoints
{
    public static void Map(WebApplication app, HubParts parts)
    {
        var stopping = app.Lifetime.ApplicationStopping;
        var displayHtml = PageResources.Read("display.html");
        var devicesHtml = PageResources.Read("devices.html");
        // A wrong address gets a page in Polish that says so, not an empty answer.
        var notFoundHtml = PageResources.Read("notfound.html");
        IResult NotFoundPage() => Results.Content(notFoundHtml, "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound);

        // Scripts only from the hub's own files (no inline script, so an injected one does not run),
        // and no page of the hub inside another site's frame (clickjacking of the technician page).
        app.Use(async (context, next) =>
        {
            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.Headers["Referrer-Policy"] = "no-referrer";
            context.Response.Headers.XFrameOptions = "DENY";
            context.Response.Headers.ContentSecurityPolicy =
                "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self'; " +
                "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
            await next(context);
        });

        app.MapGet("/", () => Results.Redirect("/display"));
        app.MapGet("/display", () => Results.Content(displayHtml, "text/html; charset=utf-8"));
        MapScript(app, "/display.js");
        MapScript(app, "/ticket.js");
        app.MapGet("/display/events", (HttpContext context) => parts.HallEvents.StreamAsync(context, stopping));
        app.MapGet("/display/state", () => Results.Content(parts.Board.CurrentJson, "application/json; charset=utf-8"));
        app.MapGet("/display/clock", () => Results.Content(HubJson.Serialize(HubClockReading.Of(parts.Time)), "application/json; charset=utf-8"));

        var technician = app.MapGroup("/").AddEndpointFilter(async (context, next) =>
        {
            if (!parts.Technician.IsAllowed(context.HttpContext.Request, out var retryAfter))
            {
                TechnicianGate.Refuse(context.HttpContext.Response, retryAfter);
                return Results.Empty;
            }

            return await next(context);
        });
        technician.MapGet("/devices", () => Results.Content(devicesHtml, "text/html; charset=utf-8"));
        MapScript(technician, "/devices.js");
        technician.MapGet("/devices/events", (HttpContext context) => parts.DeviceEvents.StreamAsync(context, stopping));
        technician.MapGet("/devices.json", () => Results.Content(HubJson.Serialize(parts.DevicesView()), "application/json; charset=utf-8"));
        DeviceEndpoints.Map(technician, parts);

        var ticketEvents = new TicketEvents(parts.Queue.Snapshot);
        parts.Queue.Committed += (_, _) => ticketEvents.Changed();
        _ = Task.Run(() => ticketEvents.RunAsync(stopping), CancellationToken.None);
        app.MapGet("/t/{ticket}/events", (HttpContext context, string ticket) =>
        {
            var number = ticket.ToUpperInvariant();
            return TicketPage.IsTicketNumber(number) ? ticketEvents.StreamAsync(context, number, stopping) : NotFoundPage().ExecuteAsync(context);
        });
        app.MapGet("/t/{ticket}", (string ticket) =>
        {
            var number = ticket.ToUpperInvariant();
            return TicketPage.IsTicketNumber(number)
                ? Results.Content(TicketPage.Render(parts.Site, parts.Queue.Snapshot(), number), "text/html; charset=utf-8")
                : NotFoundPage();
        });

        // 503 while the store refuses commits: the process answers, but the hall is not served.
        app.MapGet("/health", () =>
        {
            var storage = parts.Store.Storage;
            var bus = parts.Bus as EmbeddedSiteBus;
            return Results.Content(HubJson.Serialize(new HubHealth(
                Online: !storage.Failing,
                Storage: storage.Word,
                StorageProblem: storage.Problem,
                Site: parts.Site.SiteId,
                Broker: parts.Bus.Description,
                DevicesOnline: parts.Registry.Snapshot().Count(d => d.Online),
                Devices: parts.Site.Devices.Count,
                Displays: parts.HallEvents.PageCount,
                MqttDroppedMessages: bus?.Broker.DroppedMessages,
                MqttDroppedMessagesByClient: bus?.Broker.DroppedMessagesByClient,
                MemoryMb: Math.Round(Environment.WorkingSet / 1048576.0, 1),
                ManagedHeapMb: Math.Round(GC.GetGCMemoryInfo().HeapSizeBytes / 1048576.0, 1))), "application/json; charset=utf-8", statusCode: storage.Failing ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK);
        });
        app.MapFallback(() => NotFoundPage());
    }

    private static void MapScript(IEndpointRouteBuilder routes, string path)
    {
        var script = PageResources.Read(path.TrimStart('/'));
        routes.MapGet(path, () => Results.Content(script, "text/javascript; charset=utf-8"));
    }
}
