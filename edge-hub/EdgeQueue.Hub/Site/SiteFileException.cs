namespace EdgeQueue.Hub.Site;

/// <summary>
/// A site file that cannot be used. <see cref="Exception.Message"/> is one line naming the file,
/// the field and the reason; <see cref="Problems"/> lists every problem found.
/// </summary>
public sealed class SiteFileException : Exception
{
    public SiteFileException()
    {
        Problems = [];
    }

    public SiteFileException(string message)
        : base(message)
    {
        Problems = [message];
    }

    public SiteFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    public SiteFileException(string file, IReadOnlyList<string> problems)
        : base(Summarize(file, problems))
    {
        Problems = problems;
    }

    public IReadOnlyList<string> Problems { get; }

    private static string Summarize(string file, IReadOnlyList<string> problems) =>
        problems.Count switch
        {
            0 => $"site file {file} is not valid",
            1 => $"site file {file}: {problems[0]}",
            _ => $"site file {file}: {problems[0]} (and {problems.Count - 1} more problem{(problems.Count > 2 ? "s" : "")})",
        };
}
