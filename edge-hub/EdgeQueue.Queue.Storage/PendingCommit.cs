using EdgeQueue.Queue.Events;
using EdgeQueue.Queue.Results;

namespace EdgeQueue.Queue.Storage;

/// <summary>
/// One command's share of a transaction: its events and, when it carries a request id, its reply,
/// so a repeat of the id gets the first reply back (DESIGN.md §5 rule 2).
/// </summary>
public sealed record PendingCommit(string? RequestId, IReadOnlyList<QueueEvent> Events, CommandReply Reply, bool RecordReply);
