using System.Globalization;
using System.Net;
using System.Text;
using EdgeQueue.Hub.Site;
using EdgeQueue.Queue.Snapshots;

namespace EdgeQueue.Hub.Web;

/// <summary>
/// The hub's fallback e-ticket page <c>/t/{ticket}</c> (the QR code's target when the hall has no
/// link to central): where the ticket stands in today's queue, people ahead, estimated wait and the
/// numbers now served. Updated live by <c>/t/{ticket}/events</c> (Server-Sent Events, read by
/// <c>/ticket.js</c>); without JavaScript it refreshes itself every 20 s and has a refresh link.
/// </summary>
public static class TicketPage
{
    public static bool IsTicketNumber(string text) =>
        text.Length == 4 && text[0] is >= 'A' and <= 'Z' && text.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0;

    public static string Render(SiteDefinition site, QueueSnapshot snapshot, string ticket)
    {
        ArgumentNullException.ThrowIfNull(site);
        var standing = Describe(snapshot, ticket);
        var number = WebUtility.HtmlEncode(ticket);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"pl\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<noscript><meta http-equiv=\"refresh\" content=\"20\"></noscript>")
            .Append("<title>Bilet ").Append(number).Append("</title>")
            .Append("<style>body{font-family:\"DejaVu Sans\",Arial,sans-serif;margin:0;padding:1.5rem;background:#05080f;color:#fff;text-align:center}")
            .Append("h1{font-size:4rem;color:#ffc400;margin:.5rem 0}p{font-size:1.4rem}.site{color:#b8c4d6;font-size:1.1rem}")
            .Append("dl{display:grid;grid-template-columns:auto auto;gap:.4rem 1rem;justify-content:center;font-size:1.2rem}dt{color:#b8c4d6;text-align:right}dd{margin:0;text-align:left}")
            .Append("a{color:#ffc400}</style></head><body data-ticket=\"").Append(number).Append("\"><main>")
            .Append("<p class=\"site\">").Append(WebUtility.HtmlEncode(site.Name)).Append("</p>")
            .Append("<h1 id=\"ticket\">").Append(number).Append("</h1>")
            .Append("<p id=\"status\" aria-live=\"polite\"><strong>").Append(WebUtility.HtmlEncode(standing.Headline)).Append("</strong></p>")
            .Append("<p id=\"detail\">").Append(WebUtility.HtmlEncode(standing.Detail)).Append("</p>")
            .Append("<dl><dt>Przed Tobą</dt><dd id=\"ahead\">").Append(WebUtility.HtmlEncode(standing.Ahead)).Append("</dd>")
            .Append("<dt>Szacowany czas</dt><dd id=\"eta\">").Append(WebUtility.HtmlEncode(standing.Eta)).Append("</dd>")
            .Append("<dt>Teraz obsługiwane</dt><dd id=\"serving\">").Append(WebUtility.HtmlEncode(standing.Serving)).Append("</dd></dl>")
            .Append("<p><a id=\"refresh\" href=\"/t/").Append(number).Append("\">Odśwież</a></p></main>")
            .Append("<script src=\"/ticket.js\"></script>")
            .Append("</body></html>");
        return html.ToString();
    }

    /// <summary>Under the headline of a waiting ticket; people ahead and the estimate have their own rows below it.</summary>
    public const string WaitingDetail = "Numer pojawi się na ekranie w sali i zostanie odczytany.";

    /// <summary>The ticket's standing in the snapshot, in Polish.</summary>
    public static TicketStanding Describe(QueueSnapshot snapshot, string ticket)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(ticket);
        var category = snapshot.Categories.FirstOrDefault(c => c.Prefix == ticket[..1]);
        var serving = category is null || category.NowServing.Count == 0
            ? "—"
            : string.Join(", ", category.NowServing.Select(t => t.Counter is { } c ? string.Create(CultureInfo.InvariantCulture, $"{t.Number} (stanowisko {c})") : t.Number));
        foreach (var each in snapshot.Categories)
        {
            for (var i = 0; i < each.Waiting.Count; i++)
            {
                if (each.Waiting[i].Number == ticket)
                {
                    var minutes = each.Waiting[i].EtaMinutes;
                    return new TicketStanding(ticket, "waiting", "Oczekuje w kolejce", WaitingDetail,
                        string.Create(CultureInfo.InvariantCulture, $"{i} {People(i)}"),
                        minutes is { } n ? string.Create(CultureInfo.InvariantCulture, $"około {n} min") : "—",
                        serving);
                }
            }

            if (each.SetAside.Any(t => t.Number == ticket))
            {
                return new TicketStanding(ticket, "set-aside", "Wezwany — nie zgłosił się",
                    "Bilet zostanie wezwany ponownie; prosimy pozostać w sali.", "—", "wkrótce", serving);
            }
        }

        var counter = snapshot.Counters.FirstOrDefault(c => c.Current?.Number == ticket);
        return counter is not null
            ? new TicketStanding(ticket, "called", "Zapraszamy!", string.Create(CultureInfo.InvariantCulture, $"Stanowisko {counter.Number}"), "—", "teraz", serving)
            : new TicketStanding(ticket, "gone", "Bilet nie czeka w dzisiejszej kolejce",
                "Został już obsłużony albo nie został wydany dzisiaj.", "—", "—", serving);
    }

    /// <summary>Polish plural of "osoba" after a number.</summary>
    private static string People(int count) =>
        count == 1 ? "osoba" : count % 10 is >= 2 and <= 4 && count % 100 is < 12 or > 14 ? "osoby" : "osób";
}
