namespace EdgeQueue.Central.SiteViews.Notifications;

/// <summary>The JSON body <see cref="WebhookNotifier"/> posts.</summary>
public sealed record WebhookMessage(string To, string Text, string Site, string Ticket);
