using EdgeQueue.Queue.Commands;

namespace EdgeQueue.Queue.Storage;

/// <summary>One command to write, with the request id that makes it idempotent.</summary>
internal sealed record JobItem(QueueCommand Command, string? RequestId);
