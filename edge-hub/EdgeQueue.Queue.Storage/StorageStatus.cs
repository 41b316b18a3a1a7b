namespace EdgeQueue.Queue.Storage;

/// <summary>
/// Whether the queue store takes commits: <see cref="Failing"/> from the first commit the disk
/// refused (full, I/O error) until a later write succeeds; <see cref="Problem"/> says why.
/// </summary>
public sealed record StorageStatus(bool Failing, string? Problem = null, DateTimeOffset? Since = null)
{
    public static StorageStatus Ok { get; } = new(false);

    /// <summary>"ok" or "failing", as <c>/health</c> reports it.</summary>
    public string Word => Failing ? "failing" : "ok";
}
