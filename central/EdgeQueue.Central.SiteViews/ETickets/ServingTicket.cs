namespace EdgeQueue.Central.SiteViews.ETickets;

/// <summary>A ticket being served now and the counter it was called to.</summary>
public sealed record ServingTicket(string Ticket, int Counter);
