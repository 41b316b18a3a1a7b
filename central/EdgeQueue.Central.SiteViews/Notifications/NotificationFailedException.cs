namespace EdgeQueue.Central.SiteViews.Notifications;

/// <summary>The gateway refused or could not be reached; the message says why, without the phone number.</summary>
public sealed class NotificationFailedException : Exception
{
    public NotificationFailedException()
    {
    }

    public NotificationFailedException(string message)
        : base(message)
    {
    }

    public NotificationFailedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
