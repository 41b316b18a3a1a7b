namespace EdgeQueue.Central.Booking.Administration;

public sealed record MatterGroupDraft(int DepartmentId, string Name, int SortOrder);
