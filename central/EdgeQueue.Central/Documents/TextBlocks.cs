namespace EdgeQueue.Central.Documents;

/// <summary>
/// Plain text an administrator writes, read as blocks for a page: a blank line ends a paragraph and
/// consecutive lines starting with "- " form one list. No markup is interpreted, so the text cannot
/// inject HTML (the page encodes every block).
/// </summary>
public static class TextBlocks
{
    /// <summary>One block: a paragraph (one line of text) or a list (its items).</summary>
    public sealed record Block(bool IsList, IReadOnlyList<string> Lines);

    public static IReadOnlyList<Block> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var blocks = new List<Block>();
        var paragraph = new List<string>();
        var list = new List<string>();
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                Flush(blocks, paragraph, isList: false);
                list.Add(line[2..].Trim());
            }
            else if (line.Length == 0)
            {
                Flush(blocks, paragraph, isList: false);
                Flush(blocks, list, isList: true);
            }
            else
            {
                Flush(blocks, list, isList: true);
                paragraph.Add(line);
            }
        }

        Flush(blocks, paragraph, isList: false);
        Flush(blocks, list, isList: true);
        return blocks;
    }

    private static void Flush(List<Block> blocks, List<string> lines, bool isList)
    {
        if (lines.Count == 0)
        {
            return;
        }

        blocks.Add(isList ? new Block(true, [.. lines]) : new Block(false, [string.Join(' ', lines)]));
        lines.Clear();
    }
}
