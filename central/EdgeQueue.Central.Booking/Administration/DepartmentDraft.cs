namespace EdgeQueue.Central.Booking.Administration;

public sealed record DepartmentDraft(string Name, string Description, int SortOrder);
