using EdgeQueue.Hardware.LedBoard;

namespace EdgeQueue.Hardware.Tests.LedBoard;

public sealed class LedFontTests
{
    [Fact]
    public void Default_Font_HasDigitsLettersArrowAndRecallMark()
    {
        Assert.All("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ>* ", c => Assert.True(LedFont.Default.Has(c), $"'{c}'"));
    }

    [Fact]
    public void Measure_TicketArrowCounter_FitsFourModules()
    {
        Assert.Equal(4 + 1 + 4 + 1 + 3, LedFont.Default.Measure("A01"));
        Assert.Equal(32, LedFont.Default.Measure("A017>12"));
    }

    [Fact]
    public void Draw_One_ItsGlyphWithTheTopLeftWhereAsked()
    {
        var image = new LedImage(5, 8);

        LedFont.Default.Draw(image, "1", 1, 1);

        Assert.Equal(
            """
            .....
            ..#..
            .##..
            ..#..
            ..#..
            ..#..
            ..#..
            .###.
            """.ReplaceLineEndings("\n"), image.ToText());
    }

    [Fact]
    public void Draw_CharacterNotInTheFont_RefusedNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => LedFont.Default.Draw(new LedImage(8, 8), "Ą", 0, 0));

        Assert.StartsWith("the LED board's font has no 'Ą'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_GlyphWithARowTooShort_FormatErrorNamingTheGlyph()
    {
        var error = Assert.Throws<FormatException>(() => LedFont.Parse("= X\n#.#\n.#.\n#\n#.#\n#.#\n#.#\n#.#\n"));

        Assert.Contains("glyph 'X'", error.Message, StringComparison.Ordinal);
    }
}
