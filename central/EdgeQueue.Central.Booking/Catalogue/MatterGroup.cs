namespace EdgeQueue.Central.Booking.Catalogue;

/// <summary>A group of matters inside a department (e.g. "Dowody osobiste").</summary>
public sealed record MatterGroup(int Id, int DepartmentId, string Name, int SortOrder);
