using System.Globalization;
using EdgeQueue.Hardware.LedBoard;

namespace EdgeQueue.Hub.Display;

/// <summary>
/// Draws the board's rows, as the hall TV shows the same calls: "A017>5" (ticket, arrow, counter),
/// a recalled ticket marked "*" after its counter, an open idle counter ">5", a closed counter dark.
/// When a row is too narrow, the mark goes first, then the arrow becomes a space.
/// </summary>
public static class LedBoardPicture
{
    public static LedImage Draw(LedBoardLayout layout, IReadOnlyList<LedBoardRow> rows, LedFont? font = null)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(rows);
        var glyphs = font ?? LedFont.Default;
        var image = new LedImage(layout.Width, layout.Height);
        for (var i = 0; i < Math.Min(rows.Count, layout.Rows); i++)
        {
            var row = rows[i];
            if (!row.Open || !row.Lit)
            {
                continue;
            }

            var text = Fit(glyphs, layout.Width, Texts(row));
            var x = row.Ticket is null ? layout.Width - glyphs.Measure(text) : 0;
            glyphs.Draw(image, text, Math.Max(0, x), i * LedBoardLayout.ModuleSize);
        }

        return image;
    }

    /// <summary>The row's text, fullest first.</summary>
    internal static IEnumerable<string> Texts(LedBoardRow row)
    {
        var counter = row.Counter.ToString(CultureInfo.InvariantCulture);
        if (row.Ticket is not { } ticket)
        {
            yield return ">" + counter;
            yield break;
        }

        if (row.Recalled)
        {
            yield return $"{ticket}>{counter}*";
        }

        yield return $"{ticket}>{counter}";
        yield return $"{ticket} {counter}";
    }

    private static string Fit(LedFont font, int width, IEnumerable<string> texts)
    {
        string? last = null;
        foreach (var text in texts)
        {
            last = text;
            if (font.Measure(text) <= width)
            {
                return text;
            }
        }

        return last!;
    }
}
