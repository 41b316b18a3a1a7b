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
    bool Stale)
{
    /// <summary>"3 osoby", or a dash when the ticket does not wait.</summary>
    public string AheadText => PeopleAhead is { } ahead && Place == TicketPlace.Waiting ? $"{ahead} {ETicketViews.People(ahead)}" : "—";

    /// <summary>"około 12 min", "teraz" when called, or a dash when unknown.</summary>
    public string EtaText => Place == TicketPlace.Called ? "teraz"
        : Place == TicketPlace.Waiting && EtaMinutes is { } minutes ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"około {minutes} min")
        : "—";

    /// <summary>"A015 (stanowisko 2), A016 (stanowisko 4)", or a dash.</summary>
    public string ServingText => NowServing.Count == 0 ? "—"
        : string.Join(", ", NowServing.Select(s => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{s.Ticket} (stanowisko {s.Counter})")));
}
