namespace EdgeQueue.Queue.Storage;

/// <summary>
/// What the writer does with one command of a batch: commit its decision, repeat the stored answer
/// of an earlier request, or repeat the answer of the same request earlier in the batch.
/// </summary>
internal sealed class Plan(string? requestId)
{
    public string? RequestId { get; } = requestId;

    public PendingCommit? Commit { get; set; }

    public Plan? DuplicateOf { get; set; }

    public CommandResult? Result { get; set; }
}
