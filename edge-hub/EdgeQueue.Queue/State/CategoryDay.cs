using System.Collections.Immutable;

namespace EdgeQueue.Queue.State;

/// <summary>Today's counts of one category.</summary>
public sealed record CategoryDay
{
    /// <summary>How many recent service times are kept (the estimate uses the newest of them).</summary>
    public const int ServiceTimesKept = 50;

    public required string Prefix { get; init; }

    /// <summary>Tickets numbered in this category today (walk-in and booked).</summary>
    public int Issued { get; init; }

    /// <summary>Walk-in tickets issued today (the daily limit counts these).</summary>
    public int WalkIns { get; init; }

    /// <summary>Newest last.</summary>
    public ImmutableList<TimeSpan> RecentServiceTimes { get; init; } = [];

    public CategoryDay WithServiceTime(TimeSpan serviceTime)
    {
        var times = RecentServiceTimes.Add(serviceTime);
        return this with { RecentServiceTimes = times.Count > ServiceTimesKept ? times.RemoveAt(0) : times };
    }

    public bool Equals(CategoryDay? other) =>
        other is not null && Prefix == other.Prefix && Issued == other.Issued && WalkIns == other.WalkIns &&
        RecentServiceTimes.SequenceEqual(other.RecentServiceTimes);

    public override int GetHashCode() => HashCode.Combine(Prefix, Issued, WalkIns, RecentServiceTimes.Count);
}
