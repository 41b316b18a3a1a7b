using EdgeQueue.Queue.Events;
using EdgeQueue.Queue.Results;
using EdgeQueue.Queue.State;

namespace EdgeQueue.Queue.Engine;

/// <summary>
/// What a command leads to: the events to commit, the state after them and the reply. A refused
/// command has no events of its own, but may carry a day rollover that was due before it.
/// </summary>
public sealed record Decision(QueueState State, IReadOnlyList<QueueEvent> Events, CommandReply Reply);
