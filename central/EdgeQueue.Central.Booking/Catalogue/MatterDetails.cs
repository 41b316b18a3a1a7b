namespace EdgeQueue.Central.Booking.Catalogue;

/// <summary>Everything a resident reads before booking a matter, and where it can be booked.</summary>
/// <param name="RequiredDocuments">One document per entry ("Dowód osobisty", "Zdjęcie 35×45 mm").</param>
/// <param name="Locations">The sites where the matter can be booked, with their booking capacity.</param>
public sealed record MatterDetails(
    int Id,
    int GroupId,
    string GroupName,
    int DepartmentId,
    string DepartmentName,
    string Name,
    string Description,
    IReadOnlyList<string> RequiredDocuments,
    int VisitMinutes,
    string QueueCategory,
    bool Active,
    IReadOnlyList<AttachmentInfo> Attachments,
    IReadOnlyList<MatterLocation> Locations);
