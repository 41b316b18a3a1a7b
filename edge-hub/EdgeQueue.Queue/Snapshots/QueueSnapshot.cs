namespace EdgeQueue.Queue.Snapshots;

/// <summary>The queue at one moment, for the hall display, devices and e-ticket pages.</summary>
public sealed record QueueSnapshot(
    DateTimeOffset At,
    DateOnly Day,
    IReadOnlyList<CategorySnapshot> Categories,
    IReadOnlyList<CounterSnapshot> Counters);
