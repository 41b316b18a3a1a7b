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

        app.Use(async (context, next) =>
        {
            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.Headers["Referrer-Policy"] = "no-referrer";
            context.Response.Headers.ContentSecurityPolicy =
                "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self'";
            await next(context);
        });

        app.MapGet("/", () => Results.Redirect("/display"));
        app.MapGet("/display", () => Results.Content(displayHtml, "text/html; charset=utf-8"));
        app.MapGet("/display/events", (HttpContext context) => parts.HallEvents.StreamAsync(context, stopping));
        app.MapGet("/display/state", () => Results.Content(parts.Board.CurrentJson, "application/json; charset=utf-8"));

        var technician = app.MapGroup("/").AddEndpointFilter(async (context, next) =>
        {
            if (!parts.Technician.IsAllowed(context.HttpContext.Request))
            {
                TechnicianGate.Challenge(context.HttpContext.Response);
                return Results.Empty;
            }

            return await next(context);
        });
        technician.MapGet("/devices", () => Results.Content(devicesHtml, "text/html; charset=utf-8"));
        technician.MapGet("/devices/events", (HttpContext context) => parts.DeviceEvents.StreamAsync(context, stopping));
        technician.MapGet("/devices.json", () => Results.Content(HubJson.Serialize(parts.DevicesView()), "application/json; charset=utf-8"));

        var ticketEvents = new TicketEvents(parts.Queue.Snapshot);
        parts.Queue.Committed += _ => ticketEvents.Changed();
        _ = Task.Run(() => ticketEvents.RunAsync(stopping), CancellationToken.None);
        app.MapGet("/t/{ticket}/events", (HttpContext context, string ticket) =>
        {
            var number = ticket.ToUpperInvariant();
            return TicketPage.IsTicketNumber(number) ? ticketEvents.StreamAsync(context, number, stopping) : Results.NotFound().ExecuteAsync(context);
        });
        app.MapGet("/t/{ticket}", (string ticket) =>
        {
            var number = ticket.ToUpperInvariant();
            return TicketPage.IsTicketNumber(number)
                ? Results.Content(TicketPage.Render(parts.Site, parts.Queue.Snapshot(), number), "text/html; charset=utf-8")
                : Results.NotFound();
        });

        app.MapGet("/health", () => Results.Content(HubJson.Serialize(new
        {
            online = true,
            site = parts.Site.SiteId,
            broker = parts.Bus.Description,
            devicesOnline = parts.Registry.Snapshot().Count(d => d.Online),
            devices = parts.Site.Devices.Count,
            displays = parts.HallEvents.PageCount,
            // Embedded broker only: messages it could not deliver (each also logged), per device.
            mqttDroppedMessages = (parts.Bus as EmbeddedSiteBus)?.Broker.DroppedMessages,
            mqttDroppedMessagesByClient = (parts.Bus as EmbeddedSiteBus)?.Broker.DroppedMessagesByClient,
            memoryMb = Math.Round(Environment.WorkingSet / 1048576.0, 1),
            managedHeapMb = Math.Round(GC.GetGCMemoryInfo().HeapSizeBytes / 1048576.0, 1),
        }), "application/json; charset=utf-8"));
    }
}
