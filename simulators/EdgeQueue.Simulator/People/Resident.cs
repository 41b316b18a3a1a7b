using EdgeQueue.Simulation.Traffic;

namespace EdgeQueue.Simulator.People;

/// <summary>One resident of the day, as they go: their plan, the ticket they hold, what became of them.</summary>
internal sealed class Resident(PlannedArrival plan)
{
    public PlannedArrival Plan { get; } = plan;

    public string? Ticket { get; set; }

    /// <summary>They were not in the hall when first called (the plan's <see cref="PlannedArrival.MissesCall"/>).</summary>
    public bool MissedCall { get; set; }

    public bool Transferred { get; set; }

    public bool Served { get; set; }

    /// <summary>Why they left without a ticket, if they did.</summary>
    public string? LeftBecause { get; set; }
}
