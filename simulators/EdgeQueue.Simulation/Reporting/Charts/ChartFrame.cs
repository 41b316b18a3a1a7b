using System.Globalization;
using EdgeQueue.Simulation.Reporting.Imaging;

namespace EdgeQueue.Simulation.Reporting.Charts;

/// <summary>
/// The parts every chart shares: a title, a y axis from zero to a rounded maximum with grid lines,
/// x labels under the plot area and a legend; charts draw their data inside <see cref="Plot"/>.
/// </summary>
internal sealed class ChartFrame
{
    private const int Left = 60;
    private const int Right = 20;
    private const int Top = 40;
    private const int Bottom = 50;
    private const int GridLines = 5;

    public ChartFrame(int width, int height, string title, string yLabel, double maxValue)
    {
        Raster = new Raster(width, height, Rgb.White);
        YMax = NiceCeiling(maxValue);
        Plot = (Left, Top, width - Left - Right, height - Top - Bottom);
        Raster.DrawText(Left, 12, title, Rgb.Black, 2);
        Raster.DrawText(4, Top - 14, yLabel, Rgb.DarkGrey);
        for (var i = 0; i <= GridLines; i++)
        {
            var value = YMax * i / GridLines;
            var y = Y(value);
            Raster.DrawLine(Left, y, Left + Plot.Width, y, i == 0 ? Rgb.Black : Rgb.Grey);
            var text = value.ToString(value < 10 && YMax < 10 ? "0.#" : "0", CultureInfo.InvariantCulture);
            Raster.DrawText(Left - 6 - BitmapFont.Measure(text), y - 3, text, Rgb.DarkGrey);
        }

        Raster.DrawLine(Left, Top, Left, Top + Plot.Height, Rgb.Black);
    }

    public Raster Raster { get; }

    public (int X, int Y, int Width, int Height) Plot { get; }

    public double YMax { get; }

    public int Y(double value) =>
        Plot.Y + Plot.Height - (int)Math.Round(Math.Clamp(value / YMax, 0, 1) * Plot.Height);

    public void XLabel(int centreX, string text) =>
        Raster.DrawText(centreX - (BitmapFont.Measure(text) / 2), Plot.Y + Plot.Height + 8, text, Rgb.DarkGrey);

    public void Legend(IReadOnlyList<ChartSeries> series)
    {
        var x = Plot.X;
        var y = Raster.Height - 16;
        for (var i = 0; i < series.Count; i++)
        {
            Raster.FillRectangle(x, y, 10, 7, Colour(i));
            x += 14 + Raster.DrawText(x + 14, y, series[i].Name, Rgb.Black) + 12;
        }
    }

    public static Rgb Colour(int index) => Rgb.Palette[index % Rgb.Palette.Count];

    /// <summary>1, 2 or 5 times a power of ten, at least the value (and at least 1).</summary>
    private static double NiceCeiling(double value)
    {
        if (!double.IsFinite(value) || value <= 1)
        {
            return 1;
        }

        var power = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (var step in new[] { 1.0, 2.0, 5.0, 10.0 })
        {
            if (step * power >= value)
            {
                return step * power;
            }
        }

        return 10 * power;
    }
}
