namespace EdgeQueue.Simulation.Reporting;

/// <summary>
/// A category's day: tickets issued (of them booked), served, removed after no-shows, the waits,
/// the mean absolute error of the estimated wait printed on the ticket, and the mean service time.
/// </summary>
public sealed record CategoryFigures(
    string Category,
    int Tickets,
    int Booked,
    int Served,
    int RemovedAfterNoShows,
    int StillWaiting,
    WaitFigures Waits,
    double EstimateErrorMinutes,
    double MeanServiceMinutes);
