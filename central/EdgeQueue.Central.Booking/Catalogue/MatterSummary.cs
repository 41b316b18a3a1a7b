namespace EdgeQueue.Central.Booking.Catalogue;

/// <summary>A matter as listed under its group.</summary>
/// <param name="QueueCategory">The hall's ticket category letter(s) the visit is served under (e.g. "A").</param>
public sealed record MatterSummary(int Id, int GroupId, string Name, int VisitMinutes, string QueueCategory, bool Active);
