namespace EdgeQueue.Queue.State;

/// <summary>A counter as the events left it.</summary>
public sealed record CounterState
{
    public required int Number { get; init; }

    public bool Open { get; init; }

    public long? CurrentTicketId { get; init; }

    /// <summary>Calls made at this counter today; set-aside tickets come back after the next one.</summary>
    public int CallSequence { get; init; }
}
