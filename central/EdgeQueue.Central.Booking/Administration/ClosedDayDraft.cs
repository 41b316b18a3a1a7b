namespace EdgeQueue.Central.Booking.Administration;

/// <param name="LocationId">Null closes every location (a public holiday).</param>
public sealed record ClosedDayDraft(string? LocationId, DateOnly Day, string Reason);
