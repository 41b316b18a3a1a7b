namespace EdgeQueue.Central.Booking.Catalogue;

/// <summary>A customer-service hall; its id is the edge hub's site id (e.g. "poznan-libelta").</summary>
public sealed record Location(string Id, string Name, string Address, IReadOnlyList<OpeningHours> Hours);
