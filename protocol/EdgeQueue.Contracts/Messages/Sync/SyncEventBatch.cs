namespace EdgeQueue.Contracts.Messages.Sync;

/// <summary>
/// Hub → central on <c>…/sync/events</c>, QoS 1: consecutive events of the site's outbox, oldest
/// first. Central applies them only while their numbers follow its acknowledged one without a gap.
/// </summary>
public sealed record SyncEventBatch(IReadOnlyList<SyncedEvent> Events);
