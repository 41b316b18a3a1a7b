using System.Globalization;
using System.Text.RegularExpressions;

namespace EdgeQueue.Testing;

/// <summary>
/// A colour as the browser's <c>getComputedStyle</c> reports it (<c>rgb(r, g, b)</c> or
/// <c>rgba(r, g, b, a)</c>), and the WCAG 2 contrast ratio between two of them.
/// </summary>
public readonly partial record struct CssColour(double Red, double Green, double Blue, double Alpha)
{
    public static CssColour Parse(string computed)
    {
        ArgumentNullException.ThrowIfNull(computed);
        var match = RgbPattern().Match(computed.Trim());
        if (!match.Success)
        {
            throw new FormatException($"'{computed}' is not an rgb() or rgba() colour as getComputedStyle writes it");
        }

        double Part(string name) => double.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture);
        return new CssColour(Part("r"), Part("g"), Part("b"), match.Groups["a"].Success ? Part("a") : 1);
    }

    /// <summary>(L1 + 0.05) / (L2 + 0.05) of the lighter and darker colour: 1 to 21. Both must be opaque.</summary>
    public static double ContrastRatio(CssColour one, CssColour other)
    {
        if (one.Alpha < 1 || other.Alpha < 1)
        {
            throw new ArgumentException($"contrast needs opaque colours, got alpha {one.Alpha} and {other.Alpha}");
        }

        var (a, b) = (one.RelativeLuminance, other.RelativeLuminance);
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    /// <summary>WCAG 2 relative luminance of the sRGB colour.</summary>
    public double RelativeLuminance => (0.2126 * Linear(Red)) + (0.7152 * Linear(Green)) + (0.0722 * Linear(Blue));

    private static double Linear(double channel)
    {
        var c = channel / 255;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }

    [GeneratedRegex(@"^rgba?\((?<r>[\d.]+),\s*(?<g>[\d.]+),\s*(?<b>[\d.]+)(?:,\s*(?<a>[\d.]+))?\)$", RegexOptions.CultureInvariant)]
    private static partial Regex RgbPattern();
}
