using EdgeQueue.Central.Booking.Administration;

namespace EdgeQueue.Central.Pages.Admin;

/// <summary>The matter form as posted (documents one per line).</summary>
public sealed class MatterForm
{
    public int GroupId { get; set; }

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public string? Documents { get; set; }

    public int VisitMinutes { get; set; }

    public string QueueCategory { get; set; } = "";

    public bool Active { get; set; }

    public int SortOrder { get; set; }

    public MatterDraft ToDraft() => new(
        GroupId,
        Name ?? "",
        Description ?? "",
        (Documents ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        VisitMinutes,
        (QueueCategory ?? "").Trim().ToUpperInvariant(),
        Active,
        SortOrder);
}
