using EdgeQueue.Queue.Events;

namespace EdgeQueue.Queue.Storage;

/// <summary>A committed event with the site's gap-free sequence number (1, 2, 3, …), the outbox order.</summary>
public sealed record SequencedEvent(long Sequence, QueueEvent Event);
