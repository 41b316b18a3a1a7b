using EdgeQueue.Contracts.Messages.Sync.Events;

namespace EdgeQueue.Contracts.Messages.Sync;

/// <summary>
/// Hub → central on <c>…/sync/events</c>, QoS 1: consecutive events of the site's outbox, oldest
/// first. Central applies them only while their numbers follow its acknowledged one without a gap.
/// <see cref="V"/> is the hall event contract's version the hub writes (<see cref="HallEvents.Version"/>;
/// absent in batches of hubs before it existed, read as 1).
/// </summary>
public sealed record SyncEventBatch(IReadOnlyList<SyncedEvent> Events, int V = HallEvents.Version);
