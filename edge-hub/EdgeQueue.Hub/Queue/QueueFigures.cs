namespace EdgeQueue.Hub.Queue;

/// <summary>
/// The few numbers the hall screen and the devices show, read straight from the committed state in
/// one pass: cheap enough to refresh after every commit, however long the day has been.
/// </summary>
/// <param name="Waiting">Category prefix → people waiting.</param>
/// <param name="OpenForIssue">Category prefix → whether the dispensers issue tickets now.</param>
/// <param name="Serving">Counter number → the ticket at it now (absent when idle or closed).</param>
public sealed record QueueFigures(
    IReadOnlyDictionary<string, int> Waiting,
    IReadOnlyDictionary<string, bool> OpenForIssue,
    IReadOnlyDictionary<int, string> Serving)
{
    public int WaitingIn(IEnumerable<string> categories) => categories.Sum(c => Waiting.GetValueOrDefault(c));
}
