using EdgeQueue.Central.Documents;

namespace EdgeQueue.Central.Tests.Documents;

public sealed class TextBlocksTests
{
    [Fact]
    public void Parse_ParagraphsAndLists_SplitByBlankLinesAndDashes()
    {
        var blocks = TextBlocks.Parse("Pierwszy akapit\r\nciąg dalszy.\n\n- punkt 1\n- punkt 2\nDrugi <b>akapit</b>.\n\n\n");

        Assert.Equal(
            [(false, "Pierwszy akapit ciąg dalszy."), (true, "punkt 1|punkt 2"), (false, "Drugi <b>akapit</b>.")],
            blocks.Select(b => (b.IsList, string.Join('|', b.Lines))));
    }

    [Fact]
    public void Parse_Empty_NoBlocks() => Assert.Empty(TextBlocks.Parse(" \n \n"));
}
