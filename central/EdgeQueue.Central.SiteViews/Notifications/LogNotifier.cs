using Microsoft.Extensions.Logging;

namespace EdgeQueue.Central.SiteViews.Notifications;

/// <summary>Writes the message to the log instead of sending it (no gateway configured); the phone is masked.</summary>
public sealed class LogNotifier(ILogger<LogNotifier> logger) : INotifier
{
    public Task NotifyAsync(TicketNotification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        logger.LogInformation("Powiadomienie dla {Phone} ({Site} {Ticket}): {Text}",
            PhoneNumbers.Mask(notification.Phone), notification.Site, notification.Ticket, notification.Text);
        return Task.CompletedTask;
    }
}
