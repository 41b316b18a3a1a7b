namespace EdgeQueue.Contracts.Messages.Sync;

/// <summary>
/// Central → hub on <c>…/sync/config</c>, QoS 1, retained: the site's queue configuration as edited
/// in central's administration. <see cref="Version"/> grows with every change; the hub applies a
/// newer version at a safe moment and reports the one it runs.
/// </summary>
public sealed record SyncSiteConfig(
    int Version,
    IReadOnlyList<SyncCategory> Categories,
    IReadOnlyList<SyncCounter> Counters,
    DateTimeOffset? At = null);
