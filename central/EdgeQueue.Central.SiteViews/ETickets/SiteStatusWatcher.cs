using System.Threading.Channels;
using EdgeQueue.Central.SiteViews.Feed;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EdgeQueue.Central.SiteViews.ETickets;

/// <summary>
/// Tells open e-ticket pages when their site's status changed. One poll per second (on the injected
/// clock) reads each watched site once, however many pages watch it, so a thousand phones in a
/// hall cost one storage read per second. A slow page only ever gets the newest status.
/// </summary>
public sealed class SiteStatusWatcher(ISiteFeed feed, TimeProvider time, ILogger<SiteStatusWatcher> logger) : BackgroundService
{
    public static TimeSpan Period { get; } = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<Channel<SiteStatusReport?>>> _watchers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SiteStatusReport?> _last = new(StringComparer.Ordinal);

    /// <summary>Starts watching: the reader gets the current status at once, then every change.</summary>
    public StatusSubscription Watch(string site)
    {
        var channel = Channel.CreateBounded<SiteStatusReport?>(new BoundedChannelOptions(1)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        var current = feed.Status(site);
        lock (_gate)
        {
            if (!_watchers.TryGetValue(site, out var list))
            {
                list = [];
                _watchers[site] = list;
                _last[site] = current;
            }

            list.Add(channel);
        }

        channel.Writer.TryWrite(current);
        return new StatusSubscription(channel.Reader, () => Unwatch(site, channel));
    }

    /// <summary>Reads every watched site once and notifies its pages when the status changed.</summary>
    public void Poll()
    {
        string[] sites;
        lock (_gate)
        {
            sites = [.. _watchers.Keys];
        }

        foreach (var site in sites)
        {
            var report = feed.Status(site);
            lock (_gate)
            {
                if (!_watchers.TryGetValue(site, out var list) || Same(_last.GetValueOrDefault(site), report))
                {
                    continue;
                }

                _last[site] = report;
                foreach (var channel in list)
                {
                    channel.Writer.TryWrite(report);
                }
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    Poll();
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    logger.LogError(error, "Odczyt stanu kolejek dla e-biletów nie powiódł się");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Central is stopping.
        }
    }

    private static bool Same(SiteStatusReport? a, SiteStatusReport? b) =>
        ReferenceEquals(a, b) || (a is not null && b is not null && a.ReceivedAt == b.ReceivedAt && a.Status.At == b.Status.At && a.Status.LastSeq == b.Status.LastSeq);

    private void Unwatch(string site, Channel<SiteStatusReport?> channel)
    {
        channel.Writer.TryComplete();
        lock (_gate)
        {
            if (_watchers.TryGetValue(site, out var list) && list.Remove(channel) && list.Count == 0)
            {
                _watchers.Remove(site);
                _last.Remove(site);
            }
        }
    }
}
