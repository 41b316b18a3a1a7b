using EdgeQueue.Queue.State;

namespace EdgeQueue.Queue.Storage;

/// <summary>Events just made durable, in sequence order, and the queue state after them.</summary>
public sealed class EventsCommittedEventArgs(IReadOnlyList<SequencedEvent> events, QueueState state) : EventArgs
{
    public IReadOnlyList<SequencedEvent> Events { get; } = events;

    public QueueState State { get; } = state;
}
