using System.Text;
using EdgeQueue.Central.SiteViews.Feed;
using Microsoft.AspNetCore.Http;

namespace EdgeQueue.Central.SiteViews.ETickets;

/// <summary>
/// Serves one e-ticket page's Server-Sent Events: the ticket's view at once, then whenever it
/// changes (the site's status moved, or it went stale), with a comment line every 15 s so proxies
/// keep the connection open.
/// </summary>
public sealed class ETicketStream(SiteStatusWatcher watcher, TimeProvider time)
{
    public const string EventName = "ticket";

    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    public async Task StreamAsync(HttpContext context, string site, string ticket)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache, no-store";
        response.Headers["X-Accel-Buffering"] = "no";
        var token = context.RequestAborted;
        using var subscription = await watcher.WatchAsync(site, token);
        string? sent = null;
        SiteStatusReport? report = null;
        try
        {
            await response.WriteAsync("retry: 3000\n\n", token);
            while (!token.IsCancellationRequested)
            {
                using var wait = new CancellationTokenSource(KeepAlive, time);
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(token, wait.Token);
                var keepAlive = false;
                try
                {
                    report = await subscription.Reader.ReadAsync(linked.Token);
                }
                catch (OperationCanceledException) when (!token.IsCancellationRequested)
                {
                    keepAlive = true;
                }

                var json = ETicketJson.Serialize(ETicketViews.Build(site, ticket, report, time.GetUtcNow()));
                if (json != sent)
                {
                    sent = json;
                    await response.WriteAsync($"event: {EventName}\ndata: {json}\n\n", Encoding.UTF8, token);
                }
                else if (keepAlive)
                {
                    await response.WriteAsync(": keep-alive\n\n", token);
                }

                await response.Body.FlushAsync(token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed or central is stopping.
        }
        catch (IOException)
        {
            // The connection dropped mid-write.
        }
    }
}
