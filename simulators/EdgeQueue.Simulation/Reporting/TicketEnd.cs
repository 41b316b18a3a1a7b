namespace EdgeQueue.Simulation.Reporting;

/// <summary>Where a ticket's day ended.</summary>
public enum TicketEnd
{
    Served,
    RemovedAfterNoShows,
    Cancelled,
    StillWaiting,
}
