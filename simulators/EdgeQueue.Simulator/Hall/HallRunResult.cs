using EdgeQueue.Simulation.Traffic;
using EdgeQueue.Simulator.Reporting;

namespace EdgeQueue.Simulator.Hall;

/// <summary>What a run produced: the verdict on losses, the hub's log, the notes of what happened.</summary>
internal sealed record HallRunResult(
    DayPlan Plan,
    DateTimeOffset Opening,
    LossCheck Loss,
    HubEventLog Log,
    IReadOnlyList<string> Notes,
    bool CompletedDay,
    string DataFolder,
    string OutFolder);
