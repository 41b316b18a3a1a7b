namespace EdgeQueue.Central.SiteViews.Notifications;

/// <summary>Sends a short message to a resident's phone; throws <see cref="NotificationFailedException"/> when it could not.</summary>
public interface INotifier
{
    Task NotifyAsync(TicketNotification notification, CancellationToken cancellationToken);
}
