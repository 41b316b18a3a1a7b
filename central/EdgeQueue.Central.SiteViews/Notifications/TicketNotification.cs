namespace EdgeQueue.Central.SiteViews.Notifications;

/// <summary>A "your ticket is close" message: the phone in E.164 form (+48…), the site and ticket, the text.</summary>
public sealed record TicketNotification(string Phone, string Site, string Ticket, string Text);
