namespace EdgeQueue.Queue.State;

/// <summary>One ticket of today's queue.</summary>
public sealed record TicketState
{
    public required long Id { get; init; }

    public required string Number { get; init; }

    /// <summary>The category it waits in now (changes on transfer; the number does not).</summary>
    public required string Category { get; init; }

    public required TicketKind Kind { get; init; }

    /// <summary>When it was issued; a transfer keeps it, so the ticket does not lose its place.</summary>
    public required DateTimeOffset IssuedAt { get; init; }

    public string? BookingCode { get; init; }

    public DateTimeOffset? VisitTime { get; init; }

    public TicketStatus Status { get; init; } = TicketStatus.Waiting;

    /// <summary>The counter serving it (Called) or that set it aside (SetAside).</summary>
    public int? Counter { get; init; }

    /// <summary>Calls to a counter since it was issued or last transferred.</summary>
    public int Calls { get; init; }

    public DateTimeOffset? LastCalledAt { get; init; }

    /// <summary>For a set-aside ticket: its counter's call sequence after which its turn comes back.</summary>
    public int ReturnAfterCall { get; init; }

    public TicketPrint Print { get; init; }

    /// <summary>Why the printer failed (<see cref="TicketPrint.NotPrinted"/>), as the printer said it.</summary>
    public string? PrintFailure { get; init; }

    public bool IsTerminal => Status is TicketStatus.Served or TicketStatus.RemovedAfterNoShows or TicketStatus.Cancelled;
}
