using System.Threading.Channels;
using EdgeQueue.Central.SiteViews.Feed;

namespace EdgeQueue.Central.SiteViews.ETickets;

/// <summary>A page's view of its site's status changes; dispose when the page goes away.</summary>
public sealed class StatusSubscription(ChannelReader<SiteStatusReport?> reader, Action stop) : IDisposable
{
    private int _disposed;

    public ChannelReader<SiteStatusReport?> Reader { get; } = reader;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            stop();
        }
    }
}
