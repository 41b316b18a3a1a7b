using System.Xml.Linq;
using EdgeQueue.Central.SiteViews.Charts;

namespace EdgeQueue.Central.SiteViews.Tests.Charts;

public sealed class SvgBarChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Render_TwoBars_LongestBarForLargestValueAndCaptions()
    {
        var svg = XElement.Parse(SvgBarChart.Render("Bilety <dziś>", [new ChartBar("A", 10, "10 biletów"), new ChartBar("B", 5, "5 biletów")]));

        var widths = svg.Elements(Svg + "rect").Select(r => double.Parse(r.Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(2, widths.Count);
        Assert.Equal(widths[0] / 2, widths[1], 1);
        Assert.Equal("Bilety <dziś>", svg.Element(Svg + "title")!.Value);
        Assert.Equal("A: 10 biletów; B: 5 biletów", svg.Element(Svg + "desc")!.Value);
        Assert.Contains(svg.Elements(Svg + "text"), t => t.Value == "5 biletów");
    }

    [Fact]
    public void Render_NoBars_SaysNoData()
    {
        var svg = XElement.Parse(SvgBarChart.Render("Czekanie", []));

        Assert.Equal("Brak danych", svg.Element(Svg + "text")!.Value);
    }
}
