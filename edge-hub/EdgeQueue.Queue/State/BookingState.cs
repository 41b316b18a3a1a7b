namespace EdgeQueue.Queue.State;

/// <summary>A booked visit known to the site (from central): only what the hall needs, no personal data.</summary>
public sealed record BookingState
{
    public required string Code { get; init; }

    public required string Category { get; init; }

    public required DateTimeOffset VisitTime { get; init; }

    public required string DisplayName { get; init; }

    public required long Version { get; init; }

    public bool Cancelled { get; init; }

    /// <summary>The ticket given at check-in, if the resident has checked in.</summary>
    public long? TicketId { get; init; }
}
