namespace EdgeQueue.Simulation.Traffic;

public enum ArrivalKind
{
    /// <summary>Presses a dispenser button for a ticket.</summary>
    WalkIn,

    /// <summary>Checks in with a booking code at a dispenser.</summary>
    Booked,
}
