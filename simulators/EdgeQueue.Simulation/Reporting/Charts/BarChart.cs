using EdgeQueue.Simulation.Reporting.Imaging;

namespace EdgeQueue.Simulation.Reporting.Charts;

/// <summary>Grouped bars: one group per label, one bar per series.</summary>
public static class BarChart
{
    public static Raster Render(string title, string yLabel, IReadOnlyList<string> labels, IReadOnlyList<ChartSeries> series,
        int width = 800, int height = 400)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(series);
        if (series.Any(s => s.Values.Count != labels.Count))
        {
            throw new ArgumentException("every series needs one value per label", nameof(series));
        }

        var max = series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max();
        var frame = new ChartFrame(width, height, title, yLabel, max);
        var plot = frame.Plot;
        var group = labels.Count == 0 ? plot.Width : plot.Width / labels.Count;
        var bar = Math.Max(1, (group - 10) / Math.Max(1, series.Count));
        for (var l = 0; l < labels.Count; l++)
        {
            var groupX = plot.X + (l * group) + 5;
            for (var s = 0; s < series.Count; s++)
            {
                var top = frame.Y(series[s].Values[l]);
                frame.Raster.FillRectangle(groupX + (s * bar), top, bar - 1, plot.Y + plot.Height - top, ChartFrame.Colour(s));
            }

            frame.XLabel(plot.X + (l * group) + (group / 2), labels[l]);
        }

        if (series.Count > 1)
        {
            frame.Legend(series);
        }

        return frame.Raster;
    }
}
