namespace EdgeQueue.Queue.Storage;

/// <summary>
/// The state as of <see cref="Sequence"/> already written as UTF-8 JSON, waiting to be stored with
/// the next commit. Bytes rather than a string: a busy day's state is megabytes, and a string would
/// double it and be converted again for SQLite.
/// </summary>
public sealed record SerializedSnapshot(long Sequence, byte[] StateUtf8);
