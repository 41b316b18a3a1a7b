namespace EdgeQueue.Simulation.Traffic;

/// <summary>
/// One resident of the simulated day: when they come (time since opening), for what, at which
/// dispenser, and what they will do: miss their call, or be sent on to another category.
/// A booked visitor who never comes has <see cref="Arrives"/> false.
/// </summary>
public sealed record PlannedArrival(
    int Number,
    TimeSpan At,
    string Category,
    int Dispenser,
    ArrivalKind Kind,
    bool Arrives = true,
    string? BookingCode = null,
    TimeSpan? BookedFor = null,
    bool MissesCall = false,
    string? TransferTo = null,
    TimeSpan ServiceTime = default);
