using System.Text.RegularExpressions;

namespace EdgeQueue.Hosting.Tests.Readme;

/// <summary>
/// One <c>./edgequeue …</c> command as a README shows it (in a code span or a code block, a
/// trailing <c>\</c> joining lines, a <c># comment</c> dropped), with the file it came from.
/// </summary>
public sealed partial record ReadmeCommand(string Readme, string Text)
{
    /// <summary>The verb and, when the program has one, its sub-command: "hub", "hub check", "central adduser".</summary>
    public string Verb
    {
        get
        {
            var words = Words;
            return words.Count > 2 && SubCommands.Contains($"{words[1]} {words[2]}") ? $"{words[1]} {words[2]}" : words.Count > 1 ? words[1] : "";
        }
    }

    /// <summary>Every <c>--option</c> the command names.</summary>
    public IReadOnlyList<string> Options => [.. OptionPattern().Matches(Text).Select(m => m.Value).Distinct()];

    /// <summary>A synopsis (placeholders such as FILE or DIR, optional parts in brackets), not a command to paste.</summary>
    public bool IsSynopsis => Text.Contains('[', StringComparison.Ordinal) || Text.Contains('…', StringComparison.Ordinal)
        || Words.Skip(1).Any(word => PlaceholderPattern().IsMatch(word));

    private static readonly HashSet<string> SubCommands =
        ["hub check", "hub export-mosquitto", "hub hash-password", "central adduser", "broker passwd", "sim day"];

    private IReadOnlyList<string> Words => Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => $"{Readme}: {Text}";

    /// <summary>Every command of every README.md in the repository (the root and one level down), each once per file.</summary>
    public static IReadOnlyList<ReadmeCommand> FindAll(string root)
    {
        var files = new[] { Path.Combine(root, "README.md") }
            .Concat(Directory.GetDirectories(root).Select(folder => Path.Combine(folder, "README.md")))
            .Where(File.Exists);
        var commands = new List<ReadmeCommand>();
        foreach (var file in files)
        {
            var name = Path.GetRelativePath(root, file);
            commands.AddRange(Extract(File.ReadAllText(file)).Distinct().Select(text => new ReadmeCommand(name, text)));
        }

        return commands;
    }

    internal static IEnumerable<string> Extract(string markdown)
    {
        var inBlock = false;
        string? continued = null;
        foreach (var raw in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            if (raw.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inBlock = !inBlock;
                continue;
            }

            if (inBlock)
            {
                var line = continued is null ? raw.Trim() : continued + " " + raw.Trim();
                if (line.EndsWith('\\'))
                {
                    continued = line[..^1].TrimEnd();
                    continue;
                }

                continued = null;
                var at = line.IndexOf("./edgequeue ", StringComparison.Ordinal);
                if (at >= 0 && (at == 0 || line[..at].TrimEnd().EndsWith('$')))
                {
                    yield return Clean(line[at..]);
                }

                continue;
            }

            foreach (Match span in CodeSpanPattern().Matches(raw))
            {
                yield return Clean(span.Groups[1].Value);
            }
        }
    }

    private static string Clean(string command)
    {
        var comment = command.IndexOf(" #", StringComparison.Ordinal);
        var text = comment < 0 ? command : command[..comment];
        return WhitespacePattern().Replace(text.Trim(), " ");
    }

    [GeneratedRegex(@"`(\./edgequeue [^`]+)`")]
    private static partial Regex CodeSpanPattern();

    [GeneratedRegex(@"(?<![\w-])--[a-z][a-z-]*")]
    private static partial Regex OptionPattern();

    [GeneratedRegex(@"^[A-Z][A-Z_]+$")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespacePattern();
}
