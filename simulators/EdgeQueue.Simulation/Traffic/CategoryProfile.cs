namespace EdgeQueue.Simulation.Traffic;

/// <summary>
/// How one category behaves in a simulated day: its share of the walk-ins and how long a clerk
/// needs per client (a log-normal service time with this mean and coefficient of variation).
/// </summary>
public sealed record CategoryProfile(
    string Prefix,
    string Name,
    double WalkInShare,
    double MeanServiceMinutes,
    double ServiceVariation = 0.5);
