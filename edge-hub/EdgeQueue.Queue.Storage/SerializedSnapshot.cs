namespace EdgeQueue.Queue.Storage;

/// <summary>The state as of <see cref="Sequence"/> already written as JSON, waiting to be stored with the next commit.</summary>
public sealed record SerializedSnapshot(long Sequence, string StateJson);
