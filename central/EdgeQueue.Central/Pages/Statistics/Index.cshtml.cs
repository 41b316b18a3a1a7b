using System.Globalization;
using System.Text;
using EdgeQueue.Central.Booking.Catalogue;
using EdgeQueue.Central.Booking.Users;
using EdgeQueue.Central.Pages.Shared;
using EdgeQueue.Central.SiteViews.Charts;
using EdgeQueue.Central.SiteViews.Feed;
using EdgeQueue.Central.SiteViews.Statistics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EdgeQueue.Central.Pages.Statistics;

/// <summary>
/// The statistics dashboard <c>/statystyki</c> (administrators): per site, category, counter and day,
/// computed from the events central received; charts drawn on the server as SVG; CSV export of the
/// same rows (<c>?handler=csv</c>).
/// </summary>
[Authorize(Policy = BookingPolicies.Administrator)]
public sealed class IndexModel(StatisticsReadModel statistics, StatisticsOptions options, ISiteFeed feed, IBookingCatalogue catalogue, TimeProvider time) : PageModel
{
    /// <summary>The longest range one page or export covers.</summary>
    public const int MaxDays = 366;

    [BindProperty(SupportsGet = true, Name = "lokalizacja")]
    public string? Site { get; set; }

    [BindProperty(SupportsGet = true, Name = "od")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "do")]
    public DateOnly? To { get; set; }

    public IReadOnlyList<string> Sites { get; private set; } = [];

    /// <summary>Sites by their location names (the filter and the CSV keep the id).</summary>
    public SiteNames Names { get; private set; } = SiteNames.None;

    public IReadOnlyList<StatisticsRow> Days { get; private set; } = [];

    public IReadOnlyList<StatisticsRow> Totals { get; private set; } = [];

    public SkippedEvents Skipped { get; private set; } = new(0, []);

    public string? RangeProblem { get; private set; }

    public string TicketsChart { get; private set; } = string.Empty;

    public string WaitChart { get; private set; } = string.Empty;

    public string ServiceChart { get; private set; } = string.Empty;

    public string CsvAddress => $"/statystyki?handler=csv&lokalizacja={Uri.EscapeDataString(Site ?? "")}&od={Iso(From!.Value)}&do={Iso(To!.Value)}";

    public async Task OnGetAsync(CancellationToken cancellation)
    {
        var query = Query();
        Sites = await feed.SitesAsync(cancellation);
        Names = await SiteNames.LoadAsync(catalogue, cancellation);
        Days = await statistics.QueryAsync(query, cancellation);
        Totals = await statistics.TotalsAsync(query with { Dimension = StatisticsDimension.Category }, cancellation);
        Skipped = await statistics.SkippedAsync(cancellation);
        TicketsChart = SvgBarChart.Render("Bilety według kategorii",
            [.. Totals.Select(row => new ChartBar(Label(row), row.Tickets, row.Tickets.ToString(CultureInfo.InvariantCulture)))]);
        WaitChart = SvgBarChart.Render("Średni czas oczekiwania (min)",
            [.. Totals.Where(row => row.WaitMean is not null).Select(row => new ChartBar(Label(row), row.WaitMean!.Value.TotalMinutes, Minutes(row.WaitMean)))]);
        ServiceChart = SvgBarChart.Render("Średni czas obsługi (min)",
            [.. Totals.Where(row => row.ServiceMean is not null).Select(row => new ChartBar(Label(row), row.ServiceMean!.Value.TotalMinutes, Minutes(row.ServiceMean)))]);
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellation)
    {
        var query = Query();
        if (RangeProblem is not null)
        {
            return BadRequest(RangeProblem);
        }

        var csv = StatisticsCsv.Write(await statistics.QueryAsync(query, cancellation));
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray();
        var name = $"statystyki-{(Site is { Length: > 0 } site ? site + "-" : "")}{Iso(query.From)}-{Iso(query.To)}.csv";
        return File(bytes, "text/csv; charset=utf-8", name);
    }

    /// <summary>"1 min 30 s" style, or a dash.</summary>
    public static string Minutes(TimeSpan? duration) => duration is { } d
        ? d.TotalMinutes >= 1 ? $"{(int)d.TotalMinutes} min {d.Seconds} s" : $"{d.Seconds} s"
        : "—";

    public static string Percent(int part, int whole) =>
        whole == 0 ? "—" : (100.0 * part / whole).ToString("0", CultureInfo.InvariantCulture) + "%";

    private StatisticsQuery Query()
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), options.TimeZone).DateTime);
        To ??= today;
        From ??= To.Value.AddDays(-6);
        if (From > To)
        {
            RangeProblem = "Data początkowa jest późniejsza niż końcowa: pokazano jeden dzień.";
            From = To;
        }
        else if (To.Value.DayNumber - From.Value.DayNumber >= MaxDays)
        {
            RangeProblem = $"Zakres skrócono do {MaxDays} dni.";
            From = To.Value.AddDays(-(MaxDays - 1));
        }

        Site = string.IsNullOrWhiteSpace(Site) ? null : Site;
        return new StatisticsQuery(Site, From.Value, To.Value);
    }

    private string Label(StatisticsRow row) => Site is null ? $"{Names.Of(row.Site)} · {row.Key}" : row.Key;

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
