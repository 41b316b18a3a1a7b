using EdgeQueue.Central.SiteViews.Feed;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EdgeQueue.Central.SiteViews.Notifications;

/// <summary>
/// Every few seconds (on the injected clock) checks the sites that have opt-ins against their latest
/// status, sends the messages that came due through the configured <see cref="INotifier"/>, and
/// forgets the opt-ins whose day has ended.
/// </summary>
public sealed class TicketAlertService(
    ISiteFeed feed,
    TicketAlerts alerts,
    INotifier notifier,
    NotificationOptions options,
    TimeProvider time,
    ILogger<TicketAlertService> logger) : BackgroundService
{
    /// <summary>One pass: purge, then send what is due. Returns the number of messages sent.</summary>
    public async Task<int> CheckAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        alerts.Purge(now);
        var sent = 0;
        foreach (var site in alerts.Sites())
        {
            if (await feed.StatusAsync(site, cancellationToken) is not { } report)
            {
                continue;
            }

            foreach (var (alert, text) in alerts.Due(report, now))
            {
                try
                {
                    await notifier.NotifyAsync(new TicketNotification(alert.Phone, alert.Site, alert.Ticket, text), cancellationToken);
                    alerts.Sent(alert);
                    sent++;
                }
                catch (NotificationFailedException error)
                {
                    var dropped = alerts.Failed(alert);
                    logger.LogWarning("Powiadomienie {Site} {Ticket} nie wysłane{Dropped}: {Reason}",
                        alert.Site, alert.Ticket, dropped ? " (porzucone)" : string.Empty, error.Message);
                }
            }
        }

        return sent;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.CheckSeconds)), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await CheckAsync(stoppingToken);
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    // A failing storage read must not stop central: the next tick tries again.
                    logger.LogError(error, "Sprawdzanie powiadomień o biletach nie powiodło się");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Central is stopping.
        }
    }
}
