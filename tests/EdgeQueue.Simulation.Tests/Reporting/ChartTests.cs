using EdgeQueue.Simulation.Reporting.Charts;
using EdgeQueue.Simulation.Reporting.Imaging;

namespace EdgeQueue.Simulation.Tests.Reporting;

public sealed class ChartTests
{
    [Fact]
    public void Render_BarChart_TallerValueGetsTallerBar()
    {
        var raster = BarChart.Render("Bilety", "szt.", ["A", "B"], [new ChartSeries("bilety", [10, 40])], 400, 300);

        Assert.True(BarHeight(raster, 0) * 3 < BarHeight(raster, 1), "B's bar should be about four times A's");
    }

    [Fact]
    public void Render_SeriesWithWrongLength_IsRefused()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            LineChart.Render("x", "y", ["8", "9", "10"], [new ChartSeries("s", [1, 2])]));

        Assert.Contains("one value per x step", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LineChart_DrawsTheSeriesColour()
    {
        var raster = LineChart.Render("Czekający", "osoby", ["8", "9", "10", "11"],
            [new ChartSeries("A", [1, 5, 3, 2]), new ChartSeries("B", [0, 2, 2, 1])], 400, 300);

        Assert.True(Count(raster, Rgb.Palette[0]) > 50);
        Assert.True(Count(raster, Rgb.Palette[1]) > 50);
    }

    private static int BarHeight(Raster raster, int index)
    {
        var colour = Rgb.Palette[0];
        var columns = Enumerable.Range(0, raster.Width)
            .Where(x => Enumerable.Range(0, raster.Height).Any(y => raster[x, y] == colour))
            .ToList();
        var groups = columns.Aggregate(new List<List<int>>(), (acc, x) =>
        {
            if (acc.Count == 0 || acc[^1][^1] != x - 1)
            {
                acc.Add([]);
            }

            acc[^1].Add(x);
            return acc;
        });
        var middle = groups[index][groups[index].Count / 2];
        return Enumerable.Range(0, raster.Height).Count(y => raster[middle, y] == colour);
    }

    private static int Count(Raster raster, Rgb colour) =>
        Enumerable.Range(0, raster.Width).Sum(x => Enumerable.Range(0, raster.Height).Count(y => raster[x, y] == colour));
}
