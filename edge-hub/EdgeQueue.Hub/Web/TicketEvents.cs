using System.Text;
using System.Threading.Channels;
using EdgeQueue.Queue.Snapshots;
using Microsoft.AspNetCore.Http;

namespace EdgeQueue.Hub.Web;

/// <summary>
/// Live updates of the fallback e-ticket pages (<c>/t/{ticket}/events</c>). The queue's commit
/// only pulses a signal (it must never wait for a page); one loop then takes one snapshot per
/// burst of commits, and only while a page is open, and each page's stream sends its ticket's
/// standing when it changed. A slow phone only ever gets the newest snapshot.
/// </summary>
public sealed class TicketEvents
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    private readonly Lock _gate = new();
    private readonly List<Channel<QueueSnapshot>> _pages = [];
    private readonly Channel<bool> _changed = Channel.CreateBounded<bool>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });
    private readonly Func<QueueSnapshot> _snapshot;

    public TicketEvents(Func<QueueSnapshot> snapshot)
    {
        _snapshot = snapshot;
    }

    public int PageCount
    {
        get
        {
            lock (_gate)
            {
                return _pages.Count;
            }
        }
    }

    /// <summary>The queue changed; cheap and non-blocking (called on the store's commit path).</summary>
    public void Changed() => _changed.Writer.TryWrite(true);

    /// <summary>Takes a snapshot after each burst of changes and hands it to the open pages, until stopped.</summary>
    public async Task RunAsync(CancellationToken stopping)
    {
        try
        {
            await foreach (var _ in _changed.Reader.ReadAllAsync(stopping))
            {
                Channel<QueueSnapshot>[] pages;
                lock (_gate)
                {
                    pages = [.. _pages];
                }

                if (pages.Length == 0)
                {
                    continue;
                }

                var snapshot = _snapshot();
                foreach (var page in pages)
                {
                    page.Writer.TryWrite(snapshot);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The hub is stopping.
        }
    }

    /// <summary>Serves one page's stream until it goes away or the hub stops.</summary>
    public async Task StreamAsync(HttpContext context, string ticket, CancellationToken stopping)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache, no-store";
        response.Headers["X-Accel-Buffering"] = "no";
        var page = Channel.CreateBounded<QueueSnapshot>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        lock (_gate)
        {
            _pages.Add(page);
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var token = linked.Token;
        string? sent = null;
        try
        {
            await response.WriteAsync("retry: 1000\n\n", token);
            var snapshot = _snapshot();
            while (!token.IsCancellationRequested)
            {
                var json = HubJson.Serialize(TicketPage.Describe(snapshot, ticket));
                var frame = json == sent ? ": keep-alive\n\n" : $"event: ticket\ndata: {json}\n\n";
                sent = json;
                await response.WriteAsync(frame, Encoding.UTF8, token);
                await response.Body.FlushAsync(token);
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(token);
                wait.CancelAfter(KeepAlive);
                try
                {
                    snapshot = await page.Reader.ReadAsync(wait.Token);
                }
                catch (OperationCanceledException) when (!token.IsCancellationRequested)
                {
                    // Nothing changed: the keep-alive comment goes out.
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed or the hub is stopping.
        }
        catch (IOException)
        {
            // The connection dropped mid-write.
        }
        finally
        {
            lock (_gate)
            {
                _pages.Remove(page);
            }
        }
    }
}
