namespace EdgeQueue.Hub.Site.Validation;

/// <summary>
/// The problems found in a site file so far, each "json.path: what is wrong", and the checks
/// several sections share. Validators add to it and go on, so one run reports every problem.
/// </summary>
internal sealed class SiteProblems(List<string> problems)
{
    public int Count => problems.Count;

    public void Add(string problem) => problems.Add(problem);

    public void AddRange(IEnumerable<string> more) => problems.AddRange(more);

    public void Require(string? value, string at)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add($"{at}: missing");
        }
    }

    public void CheckPort(int port, string at, bool allowZero)
    {
        if (port is < 0 or > 65535 || (port == 0 && !allowZero))
        {
            problems.Add($"{at}: {port} is not a TCP port (1-65535)");
        }
    }
}
