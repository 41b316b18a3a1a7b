namespace EdgeQueue.Hub.Web;

/// <summary>
/// Where a ticket stands in the hub's own queue, as the fallback e-ticket page shows it and its
/// live stream sends it (JSON): <see cref="Place"/> is waiting, set-aside, called or gone.
/// </summary>
public sealed record TicketStanding(string Ticket, string Place, string Headline, string Detail, string Ahead, string Eta, string Serving);
