using EdgeQueue.Queue.Results;

namespace EdgeQueue.Hub.Queue;

/// <summary>The result of one command: the engine's reply, and whether it is the stored reply of an earlier request.</summary>
public sealed record QueueOutcome(CommandReply Reply, bool Duplicate);
