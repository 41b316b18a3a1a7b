using EdgeQueue.Central.Documents;

namespace EdgeQueue.Central.Tests.Documents;

public sealed class TextBlocksTests
{
    [Fact]
    public void Parse_ParagraphsAndLists_SplitByBlankLinesAndDashes()
    {
        var blocks = TextBlocks.Parse("Pierwszy akapit\r\nciąg dalszy.\n\n- punkt 1\n- punkt 2\nDrugi <b>akapit</b>.\n\n\n");

        Assert.Equal(
            [new(false, ["Pierwszy akapit ciąg dalszy."]), new(true, ["punkt 1", "punkt 2"]), new(false, ["Drugi <b>akapit</b>."])],
            blocks.Select(b => new TextBlocks.Block(b.IsList, [.. b.Lines])).ToList(),
            new BlockComparer());
    }

    [Fact]
    public void Parse_Empty_NoBlocks() => Assert.Empty(TextBlocks.Parse(" \n \n"));

    private sealed class BlockComparer : IEqualityComparer<TextBlocks.Block>
    {
        public bool Equals(TextBlocks.Block? x, TextBlocks.Block? y) => x!.IsList == y!.IsList && x.Lines.SequenceEqual(y.Lines);

        public int GetHashCode(TextBlocks.Block obj) => obj.IsList.GetHashCode();
    }
}
