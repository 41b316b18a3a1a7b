using System.Globalization;
using System.Net;
using System.Text;

namespace EdgeQueue.Central.SiteViews.Charts;

/// <summary>
/// A horizontal bar chart as inline SVG, drawn on the server: no script, no external library or
/// CDN, readable without colour (each bar has its value written beside it) and by screen readers
/// (role="img", a title and a description listing every value).
/// </summary>
public static class SvgBarChart
{
    private const int Width = 640;
    private const int LabelWidth = 150;
    private const int CaptionWidth = 110;
    private const int BarHeight = 22;
    private const int Gap = 8;
    private const int Top = 8;

    public static string Render(string title, IReadOnlyList<ChartBar> bars)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(bars);
        var height = Top * 2 + Math.Max(bars.Count, 1) * (BarHeight + Gap);
        var max = bars.Count == 0 ? 0 : bars.Max(bar => bar.Value);
        var plot = Width - LabelWidth - CaptionWidth;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" aria-labelledby=\"{Id(title)}-t {Id(title)}-d\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{Id(title)}-t\">{Encode(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{Id(title)}-d\">{Encode(string.Join("; ", bars.Select(bar => $"{bar.Label}: {bar.Caption}")))}</desc>");
        if (bars.Count == 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth}\" y=\"{Top + BarHeight - 6}\" font-size=\"14\" fill=\"#444\">Brak danych</text>");
        }

        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = Top + i * (BarHeight + Gap);
            var length = max > 0 && bar.Value > 0 ? Math.Max(1, Math.Round(bar.Value / max * plot, 1)) : 0;
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{LabelWidth - 8}\" y=\"{y + BarHeight - 6}\" font-size=\"14\" text-anchor=\"end\" fill=\"#222\">{Encode(bar.Label)}</text>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{length}\" height=\"{BarHeight}\" fill=\"#1f5fa8\"></rect>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{LabelWidth + length + 6}\" y=\"{y + BarHeight - 6}\" font-size=\"14\" fill=\"#222\">{Encode(bar.Caption)}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>An id from the title: letters and digits only, so it is valid in any document.</summary>
    private static string Id(string title)
    {
        var id = new StringBuilder("chart-");
        foreach (var c in title)
        {
            id.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        return id.ToString();
    }
}
