using System.Threading.Channels;
using EdgeQueue.Central.SiteViews.Feed;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EdgeQueue.Central.SiteViews.ETickets;

/// <summary>
/// Tells open e-ticket pages when their site's status changed: at once when the feed reports a
/// stored status, and by a poll every second (on the injected clock) as a safety net. Each pass
/// reads each watched site once, however many pages watch it, so a thousand phones in a hall cost
/// one storage read per change. A slow page only ever gets the newest status.
/// </summary>
public sealed class SiteStatusWatcher : BackgroundService
{
    public static TimeSpan Period { get; } = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<Channel<SiteStatusReport?>>> _watchers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SiteStatusReport?> _last = new(StringComparer.Ordinal);
    private readonly Channel<string> _changed = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ISiteFeed _feed;
    private readonly TimeProvider _time;
    private readonly ILogger<SiteStatusWatcher> _logger;

    public SiteStatusWatcher(ISiteFeed feed, TimeProvider time, ILogger<SiteStatusWatcher> logger)
    {
        _feed = feed;
        _time = time;
        _logger = logger;
        _feed.StatusChanged += site => _changed.Writer.TryWrite(site);
    }

    /// <summary>Starts watching: the reader gets the current status at once, then every change.</summary>
    public async Task<StatusSubscription> WatchAsync(string site, CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<SiteStatusReport?>(new BoundedChannelOptions(1)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        var current = await _feed.StatusAsync(site, cancellationToken);
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

    /// <summary>Reads the watched sites (all, or the one named) once and notifies their pages of a changed status.</summary>
    public async Task PollAsync(string? only, CancellationToken cancellationToken)
    {
        string[] sites;
        lock (_gate)
        {
            sites = only is null ? [.. _watchers.Keys] : _watchers.ContainsKey(only) ? [only] : [];
        }

        foreach (var site in sites)
        {
            var report = await _feed.StatusAsync(site, cancellationToken);
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
        var pushed = PushedAsync(stoppingToken);
        using var timer = new PeriodicTimer(Period, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await SafelyAsync(null, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Central is stopping.
        }

        await pushed;
    }

    private async Task PushedAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var site in _changed.Reader.ReadAllAsync(stoppingToken))
            {
                await SafelyAsync(site, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Central is stopping.
        }
    }

    private async Task SafelyAsync(string? site, CancellationToken stoppingToken)
    {
        try
        {
            await PollAsync(site, stoppingToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // A failing storage read must not stop central: the next change or tick tries again.
            _logger.LogError(error, "Odczyt stanu kolejki dla e-biletów nie powiódł się");
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
