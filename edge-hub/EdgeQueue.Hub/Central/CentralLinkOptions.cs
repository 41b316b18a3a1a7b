namespace EdgeQueue.Hub.Central;

/// <summary>Tuning of the central link; the defaults suit a hall (tests shorten the waits).</summary>
public sealed record CentralLinkOptions
{
    /// <summary>Events per <c>…/sync/events</c> message.</summary>
    public int BatchSize { get; init; } = 200;

    /// <summary>Batches sent ahead of central's acknowledgement.</summary>
    public int BatchesAhead { get; init; } = 4;

    /// <summary>Outstanding events are sent again when central's ack has not moved for this long.</summary>
    public TimeSpan ResendAfter { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The bookings-ack is published again this often until central answers it with an events-ack.</summary>
    public TimeSpan AnnounceAgainAfter { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Least time between two <c>…/sync/status</c> messages (≤ 2 per second by default).</summary>
    public TimeSpan StatusInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Status and devices are published again this often even without a change (estimates age).</summary>
    public TimeSpan StatusRefresh { get; init; } = TimeSpan.FromSeconds(30);
}
