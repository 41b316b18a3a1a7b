namespace EdgeQueue.Central.Booking.Api;

/// <summary>Counters serving booked visits of a matter at a location (0 withdraws the matter there).</summary>
public sealed record CapacityRequest(int Counters);
