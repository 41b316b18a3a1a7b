using EdgeQueue.Contracts.Messages.Sync;

namespace EdgeQueue.Central.Sync.Storage;

/// <summary>One hub message's events, for a group commit.</summary>
internal sealed record SiteEventBatch(string SiteId, IReadOnlyList<SyncedEvent> Events);
