namespace EdgeQueue.Central.Booking.Catalogue;

/// <summary>A site offering a matter.</summary>
/// <param name="Counters">How many counters serve booked visits of this matter at once: the capacity of each slot.</param>
public sealed record MatterLocation(string LocationId, string LocationName, string Address, int Counters);
