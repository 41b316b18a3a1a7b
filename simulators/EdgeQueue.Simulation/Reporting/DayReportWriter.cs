using System.Globalization;
using System.Text;
using EdgeQueue.Simulation.Reporting.Charts;
using EdgeQueue.Simulation.Reporting.Imaging;

namespace EdgeQueue.Simulation.Reporting;

/// <summary>
/// Writes a day's report as Markdown with its charts as PNG files beside it: tables where a
/// person reads numbers, pictures where they would rather look (arrivals and waiting through the
/// day, waits per category, calls per counter).
/// </summary>
public static class DayReportWriter
{
    /// <summary>The report's text and its images (file name → PNG bytes) for the caller to store.</summary>
    public static (string Markdown, IReadOnlyDictionary<string, byte[]> Images) Write(
        string title, DayStatistics statistics, IEnumerable<string> notes, string imagePrefix)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        ArgumentNullException.ThrowIfNull(notes);
        var images = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var md = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        md.AppendLine(c, $"# {title}").AppendLine();
        md.AppendLine(c, $"Tickets: **{statistics.Tickets}** · served: **{statistics.Served}** · removed after three calls: **{statistics.RemovedAfterNoShows}** · still waiting at the end: **{statistics.StillWaiting}**")
            .AppendLine();

        md.AppendLine("## Categories").AppendLine();
        md.AppendLine("| category | tickets | booked | served | no-show removed | wait mean | wait p90 | wait max | estimate error | service mean |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var f in statistics.Categories)
        {
            md.AppendLine(c, $"| {f.Category} | {f.Tickets} | {f.Booked} | {f.Served} | {f.RemovedAfterNoShows} | {f.Waits.Mean:F1} min | {f.Waits.P90:F1} min | {f.Waits.Max:F1} min | {f.EstimateErrorMinutes:F1} min | {f.MeanServiceMinutes:F1} min |");
        }

        md.AppendLine();
        var labels = statistics.Categories.Select(f => f.Category).ToList();
        Add(images, md, imagePrefix + "waits.png", "Waits per category",
            BarChart.Render("Czas oczekiwania (min)", "min", labels,
            [
                new ChartSeries("srednio", [.. statistics.Categories.Select(f => f.Waits.Mean)]),
                new ChartSeries("p90", [.. statistics.Categories.Select(f => f.Waits.P90)]),
                new ChartSeries("max", [.. statistics.Categories.Select(f => f.Waits.Max)]),
            ]));

        md.AppendLine("## Through the day").AppendLine();
        var hours = statistics.IssuedByHour.Select((_, h) => statistics.Opening.AddHours(h).ToString("HH:mm", c)).ToList();
        Add(images, md, imagePrefix + "day.png", "Tickets issued per hour and people waiting",
            LineChart.Render("Bilety na godzine i oczekujacy", "osoby", hours,
            [
                new ChartSeries("wydane bilety", [.. statistics.IssuedByHour.Select(v => (double)v)]),
                new ChartSeries("oczekujacy", [.. statistics.WaitingByHour.Select(v => (double)v)]),
            ]));

        md.AppendLine("## Counters").AppendLine();
        md.AppendLine("| counter | calls |").AppendLine("|---:|---:|");
        foreach (var (counter, calls) in statistics.CallsPerCounter)
        {
            md.AppendLine(c, $"| {counter} | {calls} |");
        }

        md.AppendLine();
        Add(images, md, imagePrefix + "counters.png", "Calls per counter",
            BarChart.Render("Wywolania na stanowisko", "wywolania", [.. statistics.CallsPerCounter.Keys.Select(k => k.ToString(c))],
                [new ChartSeries("wywolania", [.. statistics.CallsPerCounter.Values.Select(v => (double)v)])]));

        var noteList = notes.ToList();
        if (noteList.Count > 0)
        {
            md.AppendLine("## What happened").AppendLine();
            foreach (var note in noteList)
            {
                md.AppendLine(c, $"- {note}");
            }
        }

        return (md.ToString(), images);
    }

    private static void Add(Dictionary<string, byte[]> images, StringBuilder md, string name, string alt, Raster chart)
    {
        images[name] = PngEncoder.Encode(chart);
        md.AppendLine(CultureInfo.InvariantCulture, $"![{alt}]({name})").AppendLine();
    }
}
