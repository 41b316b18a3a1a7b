namespace EdgeQueue.Central.SiteViews.ETickets;

/// <summary>
/// What the e-ticket page shows: where the ticket stands, people ahead, estimated wait, the
/// tickets of its category being served now, and how fresh the site's status is (a hub whose link
/// is down leaves an old status: the page says so instead of pretending).
/// </summary>
public sealed record ETicketView(
    string Site,
    string Ticket,
    TicketPlace Place,
    string Headline,
    string Detail,
    int? PeopleAhead,
    int? EtaMinutes,
    int? Counter,
    string? CategoryName,
    IReadOnlyList<ServingTicket> NowServing,
    DateTimeOffset? StatusAt,
    bool Stale);
