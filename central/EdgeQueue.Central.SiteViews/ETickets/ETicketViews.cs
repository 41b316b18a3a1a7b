using System.Globalization;
using EdgeQueue.Central.SiteViews.Feed;

namespace EdgeQueue.Central.SiteViews.ETickets;

/// <summary>Builds <see cref="ETicketView"/> from a site's latest status, in Polish.</summary>
public static class ETicketViews
{
    /// <summary>A status older than this (by central's clock) is shown as possibly out of date.</summary>
    public static TimeSpan StaleAfter { get; } = TimeSpan.FromMinutes(2);

    /// <summary>Under the headline of a waiting ticket.</summary>
    public const string WaitingDetail = "Numer pojawi się na ekranie w sali i zostanie odczytany.";

    public static ETicketView Build(string site, string ticket, SiteStatusReport? report, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(ticket);
        if (report is null)
        {
            return new ETicketView(site, ticket, TicketPlace.NoData, "Brak danych z urzędu",
                "Urząd nie przesłał jeszcze stanu kolejki. Spróbuj za chwilę.", null, null, null, null, [], null, Stale: true);
        }

        var status = report.Status;
        var prefix = TicketNumbers.Category(ticket);
        var category = status.Categories.FirstOrDefault(c => c.Prefix == prefix);
        var serving = status.Counters
            .Where(counter => counter.Ticket is { } number && TicketNumbers.Category(number) == prefix)
            .Select(counter => new ServingTicket(counter.Ticket!, counter.Number))
            .ToList();
        var stale = now - report.ReceivedAt > StaleAfter;
        var at = status.At;

        var calledTo = status.Counters.FirstOrDefault(counter => counter.Ticket == ticket);
        if (calledTo is not null)
        {
            return new ETicketView(site, ticket, TicketPlace.Called, "Zapraszamy!",
                string.Create(CultureInfo.InvariantCulture, $"Podejdź do stanowiska numer {calledTo.Number}."),
                0, 0, calledTo.Number, category?.Name, serving, at, stale);
        }

        var position = category?.Waiting.Select((waiting, index) => (waiting, index)).FirstOrDefault(p => p.waiting.Ticket == ticket);
        if (position is { waiting: { } found, index: var ahead })
        {
            // People ahead and the estimate have their own rows on the page; the detail says what happens next.
            return new ETicketView(site, ticket, TicketPlace.Waiting, "Czekasz w kolejce", WaitingDetail,
                ahead, found.EtaMin, null, category!.Name, serving, at, stale);
        }

        return new ETicketView(site, ticket, TicketPlace.NotInQueue, "Bilet nie czeka w kolejce",
            "Został już obsłużony, usunięty po nieobecności albo nie został dziś wydany.",
            null, null, null, category?.Name, serving, at, stale);
    }

    /// <summary>Polish plural of "osoba" after a number.</summary>
    public static string People(int count)
    {
        var lastTwo = count % 100;
        var last = count % 10;
        return count == 1 ? "osoba"
            : last is >= 2 and <= 4 && lastTwo is < 12 or > 14 ? "osoby"
            : "osób";
    }
}
