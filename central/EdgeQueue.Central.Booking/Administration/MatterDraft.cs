namespace EdgeQueue.Central.Booking.Administration;

/// <param name="VisitMinutes">Length of one visit (5–240 minutes); slots start every so many minutes from opening.</param>
/// <param name="QueueCategory">Ticket category letter(s) at the hall, e.g. "A" (1–3 capital letters).</param>
public sealed record MatterDraft(
    int GroupId,
    string Name,
    string Description,
    IReadOnlyList<string> RequiredDocuments,
    int VisitMinutes,
    string QueueCategory,
    bool Active,
    int SortOrder);
