namespace EdgeQueue.Hub.Site;

/// <summary><c>queue</c>: the site-wide queue rules of DESIGN.md §6; every field has a default.</summary>
public sealed class QueueSection
{
    public int? NoShowCallLimit { get; set; }

    public int? LateGraceMinutes { get; set; }

    public int? CheckInEarlyMinutes { get; set; }

    public int? BookedCallEarlyMinutes { get; set; }
}
