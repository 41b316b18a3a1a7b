namespace EdgeQueue.Central.SiteViews.Notifications;

/// <summary>The answer to an opt-in: accepted, or refused with a Polish message for the page.</summary>
public sealed record TicketAlertResult(bool Accepted, string Message);
