namespace EdgeQueue.Queue.State;

/// <summary>Where a ticket is. The last three are terminal.</summary>
public enum TicketStatus
{
    Waiting,

    /// <summary>Called to a counter and being served there.</summary>
    Called,

    /// <summary>Did not come when called; waits aside for its next call.</summary>
    SetAside,

    Served,
    RemovedAfterNoShows,
    Cancelled,
}
