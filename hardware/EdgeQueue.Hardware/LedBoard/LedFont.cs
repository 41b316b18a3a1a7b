using System.Collections.Frozen;
using System.Reflection;

namespace EdgeQueue.Hardware.LedBoard;

/// <summary>
/// The project's 7-pixel font for the hall LED board (digits, the prefix letters A–Z, the arrow
/// '>' and the recall mark '*'), read from <c>led-font-7.txt</c>. Glyphs are set with one dark
/// column between them; a character the font lacks is refused, not silently dropped.
/// </summary>
public sealed class LedFont
{
    public const int GlyphHeight = 7;

    private readonly FrozenDictionary<char, bool[,]> _glyphs;

    private LedFont(Dictionary<char, bool[,]> glyphs) => _glyphs = glyphs.ToFrozenDictionary();

    public static LedFont Default { get; } = Parse(ReadResource());

    public bool Has(char c) => _glyphs.ContainsKey(c);

    /// <summary>Width in pixels of <paramref name="text"/> as drawn (glyphs and the gaps between them).</summary>
    public int Measure(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length == 0 ? 0 : text.Sum(c => Glyph(c).GetLength(1)) + text.Length - 1;
    }

    /// <summary>Draws <paramref name="text"/> with its top-left pixel at (x, y); pixels outside the image are cut.</summary>
    public void Draw(LedImage image, string text, int x, int y)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text)
        {
            var glyph = Glyph(c);
            for (var row = 0; row < GlyphHeight; row++)
            {
                for (var column = 0; column < glyph.GetLength(1); column++)
                {
                    if (glyph[row, column])
                    {
                        image[x + column, y + row] = true;
                    }
                }
            }

            x += glyph.GetLength(1) + 1;
        }
    }

    internal static LedFont Parse(string text)
    {
        var glyphs = new Dictionary<char, bool[,]>();
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].StartsWith("= ", StringComparison.Ordinal) || lines[i].Length < 3)
            {
                continue;
            }

            var rows = lines.Skip(i + 1).Take(GlyphHeight).ToList();
            if (rows.Count != GlyphHeight || rows.Any(r => r.Length != rows[0].Length || r.Any(c => c is not ('#' or '.'))))
            {
                throw new FormatException($"LED font line {i + 1}: glyph '{lines[i][2]}' needs {GlyphHeight} rows of '#' and '.', all of one width");
            }

            var glyph = new bool[GlyphHeight, rows[0].Length];
            for (var row = 0; row < GlyphHeight; row++)
            {
                for (var column = 0; column < rows[row].Length; column++)
                {
                    glyph[row, column] = rows[row][column] == '#';
                }
            }

            glyphs[lines[i][2]] = glyph;
            i += GlyphHeight;
        }

        return new LedFont(glyphs);
    }

    private bool[,] Glyph(char c) =>
        _glyphs.TryGetValue(char.ToUpperInvariant(c), out var glyph)
            ? glyph
            : throw new ArgumentException($"the LED board's font has no '{c}' (it has digits, A-Z, '>', '*' and space)", nameof(c));

    private static string ReadResource()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("EdgeQueue.Hardware.LedBoard.led-font-7.txt")
            ?? throw new InvalidOperationException("the LED font resource is missing from EdgeQueue.Hardware");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
