using EdgeQueue.Simulation.Reporting.Imaging;

namespace EdgeQueue.Simulation.Reporting.Charts;

/// <summary>Lines over evenly spaced x steps (e.g. hours of the day), labelled every few steps.</summary>
public static class LineChart
{
    public static Raster Render(string title, string yLabel, IReadOnlyList<string> xLabels, IReadOnlyList<ChartSeries> series,
        int width = 800, int height = 400)
    {
        ArgumentNullException.ThrowIfNull(xLabels);
        ArgumentNullException.ThrowIfNull(series);
        if (series.Any(s => s.Values.Count != xLabels.Count))
        {
            throw new ArgumentException("every series needs one value per x step", nameof(series));
        }

        var max = series.SelectMany(s => s.Values).Where(double.IsFinite).DefaultIfEmpty(0).Max();
        var frame = new ChartFrame(width, height, title, yLabel, max);
        var plot = frame.Plot;
        var steps = Math.Max(1, xLabels.Count - 1);
        int X(int i) => plot.X + (int)Math.Round((double)i * plot.Width / steps);

        var labelEvery = Math.Max(1, xLabels.Count / 10);
        for (var i = 0; i < xLabels.Count; i += labelEvery)
        {
            frame.XLabel(X(i), xLabels[i]);
        }

        for (var s = 0; s < series.Count; s++)
        {
            var values = series[s].Values;
            for (var i = 1; i < values.Count; i++)
            {
                if (double.IsFinite(values[i - 1]) && double.IsFinite(values[i]))
                {
                    frame.Raster.DrawLine(X(i - 1), frame.Y(values[i - 1]), X(i), frame.Y(values[i]), ChartFrame.Colour(s), 2);
                }
            }
        }

        frame.Legend(series);
        return frame.Raster;
    }
}
