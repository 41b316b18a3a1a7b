using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace EdgeQueue.Hub.Web;

/// <summary>
/// One Server-Sent Events stream fanned out to every open page. Each message carries the whole
/// current view, so a slow page (a TV on weak Wi-Fi) may skip stale ones: its buffer keeps only the
/// newest few and never holds up the hub or the other pages.
/// </summary>
public sealed class ServerSentEvents
{
    private const int BufferPerPage = 8;
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    private readonly Lock _gate = new();
    private readonly List<Channel<string>> _pages = [];
    private readonly string _eventName;
    private readonly Func<string> _current;

    /// <param name="eventName">The SSE event name the page listens for.</param>
    /// <param name="current">The current view as JSON, sent first to a page that connects.</param>
    public ServerSentEvents(string eventName, Func<string> current)
    {
        _eventName = eventName;
        _current = current;
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

    /// <summary>Sends this view to every open page.</summary>
    public void Publish(string json) => Publish(() => json);

    /// <summary>Sends the view to every open page; builds it only when a page is open.</summary>
    public void Publish(Func<string> view)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (PageCount == 0)
        {
            return;
        }

        var frame = Frame(view());
        lock (_gate)
        {
            foreach (var page in _pages)
            {
                page.Writer.TryWrite(frame);
            }
        }
    }

    /// <summary>Serves one page until it goes away or the hub stops.</summary>
    public async Task StreamAsync(HttpContext context, CancellationToken stopping)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache, no-store";
        response.Headers["X-Accel-Buffering"] = "no";
        var page = Channel.CreateBounded<string>(new BoundedChannelOptions(BufferPerPage)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        lock (_gate)
        {
            _pages.Add(page);
            page.Writer.TryWrite(Frame(_current()));
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var token = linked.Token;
        try
        {
            // The retry line tells EventSource how soon to reconnect after the hub restarts.
            await response.WriteAsync("retry: 1000\n\n", token);
            await response.Body.FlushAsync(token);
            while (!token.IsCancellationRequested)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(token);
                wait.CancelAfter(KeepAlive);
                string frame;
                try
                {
                    frame = await page.Reader.ReadAsync(wait.Token);
                }
                catch (OperationCanceledException) when (!token.IsCancellationRequested)
                {
                    frame = ": keep-alive\n\n";
                }

                await response.WriteAsync(frame, Encoding.UTF8, token);
                await response.Body.FlushAsync(token);
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

    private string Frame(string json) => $"event: {_eventName}\ndata: {json}\n\n";
}
