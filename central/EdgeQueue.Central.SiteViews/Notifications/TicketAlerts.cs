using System.Globalization;
using EdgeQueue.Central.SiteViews.ETickets;
using EdgeQueue.Central.SiteViews.Feed;

namespace EdgeQueue.Central.SiteViews.Notifications;

/// <summary>
/// The opt-ins of today, in memory: added from the e-ticket page, checked against each site's
/// latest status, removed once sent, after repeated failures or at the end of the ticket's day.
/// Only a ticket waiting in its site's latest status takes an opt-in, one phone per ticket and a few
/// posts per ticket a day (the per-client limit is the page's rate limit), so made-up sites and
/// tickets cannot use up the day's messages nor push out a real resident's number. Thread-safe.
/// </summary>
public sealed class TicketAlerts(NotificationOptions options, TimeZoneInfo zone)
{
    /// <summary>All opt-ins of the city at once.</summary>
    public const int Capacity = 20_000;

    /// <summary>Opt-in posts one ticket takes in a day (the first and a few changes of the threshold).</summary>
    public const int PostsPerTicket = 3;

    private readonly Lock _gate = new();
    private readonly List<TicketAlert> _alerts = [];

    /// <summary>Accepted posts per site and ticket today, with the end of that day.</summary>
    private readonly Dictionary<(string Site, string Ticket), (int Posts, DateTimeOffset ExpiresAt)> _posts = [];

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _alerts.Count;
            }
        }
    }

    /// <param name="status">The site's latest status (null: central has none, the site is unknown).</param>
    public TicketAlertResult Add(string site, string ticket, SiteStatusReport? status, string? phoneText, int ahead, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(ticket);
        var phone = PhoneNumbers.Normalize(phoneText);
        if (phone is null)
        {
            return new TicketAlertResult(false, "Podaj polski numer telefonu komórkowego, np. 600 100 200.");
        }

        if (!options.AheadChoices.Contains(ahead))
        {
            return new TicketAlertResult(false, "Wybierz, przy ilu osobach przed Tobą wysłać powiadomienie.");
        }

        if (status is null || status.Site != site || ETicketViews.Build(site, ticket, status, now).Place != TicketPlace.Waiting)
        {
            return new TicketAlertResult(false, "Powiadomienie SMS można zamówić tylko dla biletu, który czeka teraz w kolejce.");
        }

        var alert = new TicketAlert(site, ticket, phone, ahead, EndOfDay(now));
        lock (_gate)
        {
            var held = _alerts.FindIndex(a => a.Site == site && a.Ticket == ticket);
            if (held >= 0 && _alerts[held].Phone != phone)
            {
                return new TicketAlertResult(false, "Dla tego biletu zamówiono już powiadomienie SMS.");
            }

            var posts = _posts.GetValueOrDefault((site, ticket)).Posts;
            if (posts >= PostsPerTicket)
            {
                return new TicketAlertResult(false, "Zbyt wiele zmian powiadomienia dla tego biletu.");
            }

            if (held < 0 && _alerts.Count >= Capacity)
            {
                return new TicketAlertResult(false, "Nie można teraz przyjąć więcej powiadomień. Spróbuj za chwilę.");
            }

            _posts[(site, ticket)] = (posts + 1, alert.ExpiresAt);
            if (held >= 0)
            {
                _alerts[held] = alert;   // the same phone changes its threshold
            }
            else
            {
                _alerts.Add(alert);
            }
        }

        return new TicketAlertResult(true, string.Create(CultureInfo.InvariantCulture,
            $"Wyślemy SMS, gdy przed Tobą zostanie {ahead} {ETicketViews.People(ahead)} lub mniej. Numer usuniemy najpóźniej o północy."));
    }

    /// <summary>A copy of the opt-ins held now.</summary>
    public IReadOnlyList<TicketAlert> Held()
    {
        lock (_gate)
        {
            return [.. _alerts];
        }
    }

    /// <summary>The sites with at least one opt-in waiting.</summary>
    public IReadOnlyList<string> Sites()
    {
        lock (_gate)
        {
            return _alerts.Select(a => a.Site).Distinct(StringComparer.Ordinal).ToList();
        }
    }

    /// <summary>The opt-ins of the site whose ticket has come close in this status, with their messages.</summary>
    public IReadOnlyList<(TicketAlert Alert, string Text)> Due(SiteStatusReport report, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(report);
        List<TicketAlert> candidates;
        lock (_gate)
        {
            candidates = _alerts.Where(a => a.Site == report.Site).ToList();
        }

        var due = new List<(TicketAlert, string)>();
        foreach (var alert in candidates)
        {
            var view = ETicketViews.Build(alert.Site, alert.Ticket, report, now);
            if (view.Place == TicketPlace.Called)
            {
                due.Add((alert, $"Bilet {alert.Ticket}: zapraszamy do stanowiska numer {view.Counter}."));
            }
            else if (view.Place == TicketPlace.Waiting && view.PeopleAhead <= alert.Ahead)
            {
                var eta = view.EtaMinutes is { } minutes ? string.Create(CultureInfo.InvariantCulture, $", około {minutes} min") : string.Empty;
                due.Add((alert, string.Create(CultureInfo.InvariantCulture,
                    $"Bilet {alert.Ticket}: przed Tobą {view.PeopleAhead} {ETicketViews.People(view.PeopleAhead!.Value)}{eta}. Wróć do sali obsługi.")));
            }
        }

        return due;
    }

    /// <summary>Sent: the opt-in and its phone number are gone.</summary>
    public void Sent(TicketAlert alert)
    {
        lock (_gate)
        {
            _alerts.Remove(alert);
        }
    }

    /// <summary>Not sent: kept for another try, dropped after the configured attempts. True when dropped.</summary>
    public bool Failed(TicketAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        lock (_gate)
        {
            var index = _alerts.IndexOf(alert);
            if (index < 0)
            {
                return true;
            }

            if (alert.Failures + 1 >= options.Attempts)
            {
                _alerts.RemoveAt(index);
                return true;
            }

            _alerts[index] = alert with { Failures = alert.Failures + 1 };
            return false;
        }
    }

    /// <summary>Forgets every opt-in (and count of posts) whose day has ended.</summary>
    public int Purge(DateTimeOffset now)
    {
        lock (_gate)
        {
            foreach (var ended in _posts.Where(p => p.Value.ExpiresAt <= now).Select(p => p.Key).ToList())
            {
                _posts.Remove(ended);
            }

            return _alerts.RemoveAll(a => a.ExpiresAt <= now);
        }
    }

    private DateTimeOffset EndOfDay(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var midnight = local.Date.AddDays(1);
        return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight));
    }
}
