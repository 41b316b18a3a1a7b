using EdgeQueue.Central.Booking.Catalogue;
using EdgeQueue.Central.SiteViews;
using EdgeQueue.Central.SiteViews.ETickets;
using EdgeQueue.Central.SiteViews.Feed;
using EdgeQueue.Central.SiteViews.Notifications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EdgeQueue.Central.Pages.ETicket;

/// <summary>
/// The e-ticket page <c>/e/{site}/{ticket}</c>, the target of the QR code on a printed ticket:
/// position, estimated wait and the numbers now served, live through Server-Sent Events (a plain
/// page with a refresh link without JavaScript), and the opt-in for a text message when close.
/// </summary>
[EnableRateLimiting(OptInRateLimit.Policy)]
public sealed class IndexModel(
    ISiteFeed feed, TicketAlerts alerts, NotificationOptions options, TimeProvider time, IBookingCatalogue catalogue) : PageModel
{
    [TempData]
    public string? Message { get; set; }

    [TempData]
    public string? Problem { get; set; }

    public ETicketView View { get; private set; } = null!;

    public IReadOnlyList<int> AheadChoices => options.AheadChoices;

    public string Address => $"/e/{View.Site}/{View.Ticket}";

    /// <summary>The hall's name as residents know it (a hall's site id is its booking location's id); the id when central has no such location.</summary>
    public string SiteName { get; private set; } = "";

    /// <summary>
    /// The page follows the site's status live; not for a site central does not know (its live view
    /// would be "no data yet" and replace the page's "unknown office" with it).
    /// </summary>
    public bool Live { get; private set; } = true;

    public async Task<IActionResult> OnGetAsync(string site, string ticket, CancellationToken cancellation)
    {
        if (SiteViewsEndpoints.Valid(site, ticket) is not { } number)
        {
            return NotFound();
        }

        if (number != ticket)
        {
            return RedirectPermanent($"/e/{site}/{number}");
        }

        View = ETicketViews.Build(site, number, await feed.StatusAsync(site, cancellation), time.GetUtcNow());
        var location = await catalogue.GetLocationAsync(site, cancellation);
        SiteName = location?.Name ?? site;
        if (location is null && View.Place == TicketPlace.NoData)
        {
            // Neither a booking location nor a hall that ever reported: most likely a mistyped address.
            Live = false;
            View = View with
            {
                Headline = "Nie znamy takiego urzędu",
                Detail = "Adres biletu jest niepełny albo błędny. Zeskanuj kod QR z biletu jeszcze raz.",
            };
        }

        return Page();
    }

    /// <summary>
    /// The opt-in, for a ticket waiting in the site's latest status: the phone stays in memory until
    /// the message is sent or the day ends.
    /// </summary>
    public async Task<IActionResult> OnPostAsync(
        string site, string ticket, [FromForm(Name = "telefon")] string? phone, [FromForm(Name = "prog")] int ahead, CancellationToken cancellation)
    {
        if (SiteViewsEndpoints.Valid(site, ticket) is not { } number)
        {
            return NotFound();
        }

        var result = alerts.Add(site, number, await feed.StatusAsync(site, cancellation), phone, ahead, time.GetUtcNow());
        if (result.Accepted)
        {
            Message = result.Message;
        }
        else
        {
            Problem = result.Message;
        }

        return Redirect($"/e/{site}/{number}");
    }

    public string Local(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw")).ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
}
