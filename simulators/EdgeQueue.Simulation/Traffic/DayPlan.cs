namespace EdgeQueue.Simulation.Traffic;

/// <summary>Everything that will happen in a simulated day, in arrival order; the same seed gives the same plan.</summary>
public sealed record DayPlan(DateOnly Day, int Seed, HallProfile Profile, IReadOnlyList<PlannedArrival> Arrivals)
{
    public IEnumerable<PlannedArrival> WalkIns => Arrivals.Where(a => a.Kind == ArrivalKind.WalkIn);

    public IEnumerable<PlannedArrival> Bookings => Arrivals.Where(a => a.Kind == ArrivalKind.Booked);
}
