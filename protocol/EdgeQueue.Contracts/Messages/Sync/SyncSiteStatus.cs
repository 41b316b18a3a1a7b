namespace EdgeQueue.Contracts.Messages.Sync;

/// <summary>
/// Hub → central on <c>…/sync/status</c>, QoS 1, retained: the live queue for e-ticket pages —
/// per category the waiting tickets in call order with estimated waits, per counter the ticket now
/// served, the configuration version in force and the moment of the snapshot.
/// </summary>
public sealed record SyncSiteStatus(
    DateTimeOffset At,
    IReadOnlyList<SyncCategoryStatus> Categories,
    IReadOnlyList<SyncCounterStatus> Counters,
    int? ConfigVersion = null,
    long? LastSeq = null);
