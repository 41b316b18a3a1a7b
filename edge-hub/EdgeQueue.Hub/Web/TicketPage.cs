using System.Globalization;
using System.Net;
using System.Text;
using EdgeQueue.Hub.Site;
using EdgeQueue.Queue.Snapshots;

namespace EdgeQueue.Hub.Web;

/// <summary>
/// The hub's fallback e-ticket page <c>/t/{ticket}</c> (the QR code's target when the hall has no
/// link to central): where the ticket stands in today's queue. Refreshes itself every 20 s; central's
/// e-ticket page replaces it when the link is up.
/// </summary>
public static class TicketPage
{
    public static bool IsTicketNumber(string text) =>
        text.Length == 4 && text[0] is >= 'A' and <= 'Z' && text.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0;

    public static string Render(SiteDefinition site, QueueSnapshot snapshot, string ticket)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(snapshot);
        var (headline, detail) = Describe(snapshot, ticket);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"pl\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<meta http-equiv=\"refresh\" content=\"20\">")
            .Append("<title>Bilet ").Append(WebUtility.HtmlEncode(ticket)).Append("</title>")
            .Append("<style>body{font-family:\"DejaVu Sans\",Arial,sans-serif;margin:0;padding:1.5rem;background:#05080f;color:#fff;text-align:center}")
            .Append("h1{font-size:4rem;color:#ffc400;margin:.5rem 0}p{font-size:1.4rem}.site{color:#b8c4d6;font-size:1.1rem}</style></head><body>")
            .Append("<p class=\"site\">").Append(WebUtility.HtmlEncode(site.Name)).Append("</p>")
            .Append("<h1 id=\"ticket\">").Append(WebUtility.HtmlEncode(ticket)).Append("</h1>")
            .Append("<p id=\"status\"><strong>").Append(WebUtility.HtmlEncode(headline)).Append("</strong></p>")
            .Append("<p id=\"detail\">").Append(WebUtility.HtmlEncode(detail)).Append("</p>")
            .Append("</body></html>");
        return html.ToString();
    }

    private static (string Headline, string Detail) Describe(QueueSnapshot snapshot, string ticket)
    {
        foreach (var category in snapshot.Categories)
        {
            for (var i = 0; i < category.Waiting.Count; i++)
            {
                if (category.Waiting[i].Number == ticket)
                {
                    var eta = category.Waiting[i].EtaMinutes is { } m
                        ? string.Create(CultureInfo.InvariantCulture, $"; szacowany czas oczekiwania: około {m} min")
                        : string.Empty;
                    return ("Oczekuje w kolejce", string.Create(CultureInfo.InvariantCulture, $"Przed Tobą: {i} os.{eta}"));
                }
            }

            if (category.SetAside.Any(t => t.Number == ticket))
            {
                return ("Wezwany — nie zgłosił się", "Bilet zostanie wezwany ponownie; prosimy pozostać w sali.");
            }
        }

        var counter = snapshot.Counters.FirstOrDefault(c => c.Current?.Number == ticket);
        return counter is not null
            ? ("Zapraszamy!", string.Create(CultureInfo.InvariantCulture, $"Stanowisko {counter.Number}"))
            : ("Bilet nie czeka w dzisiejszej kolejce", "Został już obsłużony albo nie został wydany dzisiaj.");
    }
}
