namespace EdgeQueue.Queue.Storage;

/// <summary>Tuning of <see cref="SiteQueue"/>; the defaults suit a hall.</summary>
public sealed record SiteQueueOptions
{
    /// <summary>
    /// A snapshot of the state is saved after this many events, so a restart replays few; after more
    /// when the state holds more tickets and bookings than this (as many events as it has entries).
    /// </summary>
    public int SnapshotInterval { get; init; } = 500;

    /// <summary>
    /// Commands waiting together are committed in one transaction (group commit) up to this many;
    /// each still gets its answer only after that transaction is durable. 1 turns grouping off.
    /// </summary>
    public int MaxBatchSize { get; init; } = 64;

    /// <summary>After a commit the disk refused, how often a small write checks whether it takes commits again.</summary>
    public TimeSpan StorageProbeInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Request results older than this are forgotten at day rollover.</summary>
    public TimeSpan RequestRetention { get; init; } = TimeSpan.FromDays(7);
}
