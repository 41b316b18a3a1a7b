namespace EdgeQueue.Central.Booking.Catalogue;

/// <summary>A holiday or a closed day; <paramref name="LocationId"/> null means every location.</summary>
public sealed record ClosedDay(int Id, string? LocationId, DateOnly Day, string Reason);
