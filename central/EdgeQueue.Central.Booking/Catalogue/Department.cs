namespace EdgeQueue.Central.Booking.Catalogue;

/// <summary>A department of the city hall that takes booked visits (e.g. "Wydział Komunikacji").</summary>
public sealed record Department(int Id, string Name, string Description, int SortOrder);
