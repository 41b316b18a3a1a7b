using System.Globalization;
using System.Text;

namespace EdgeQueue.Central.SiteViews.Statistics;

/// <summary>
/// Statistics rows as CSV for a spreadsheet in a Polish office: semicolons (the comma is the
/// decimal mark in pl-PL), durations in whole seconds, ISO dates, CRLF lines (RFC 4180), and
/// fields that a spreadsheet would run as a formula neutralised.
/// </summary>
public static class StatisticsCsv
{
    public const string Header =
        "lokalizacja;dzien;wymiar;klucz;bilety;obsluzone;nieobecni;anulowane;" +
        "czekanie_srednio_s;czekanie_p90_s;obsluga_srednio_s;obsluga_p90_s;" +
        "wizyty_umowione;wizyty_wezwane;wizyty_punktualne;spoznione_zgloszenia";

    public static string Write(IEnumerable<StatisticsRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var csv = new StringBuilder(Header).Append("\r\n");
        foreach (var row in rows)
        {
            csv.AppendJoin(';',
                Field(row.Site),
                row.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                row.Dimension == StatisticsDimension.Category ? "kategoria" : "stanowisko",
                Field(row.Key),
                Number(row.Tickets),
                Number(row.Served),
                Number(row.NoShows),
                Number(row.Cancelled),
                Seconds(row.WaitMean),
                Seconds(row.WaitP90),
                Seconds(row.ServiceMean),
                Seconds(row.ServiceP90),
                Number(row.BookedVisits),
                Number(row.BookedCalled),
                Number(row.BookedOnTime),
                Number(row.BookedLateArrivals)).Append("\r\n");
        }

        return csv.ToString();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan? value) =>
        value is { } duration ? Math.Round(duration.TotalSeconds, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>Quotes text with separators or quotes; a leading = + - @ gets an apostrophe so it stays text.</summary>
    private static string Field(string text)
    {
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(";\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
