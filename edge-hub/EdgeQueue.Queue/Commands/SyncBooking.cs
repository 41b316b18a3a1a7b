namespace EdgeQueue.Queue.Commands;

/// <summary>
/// A booked visit as central knows it. Applied only if <see cref="Version"/> is newer than the one
/// the site has, so repeating or reordering the same update changes nothing.
/// </summary>
public sealed record SyncBooking(
    string Code,
    string Category,
    DateTimeOffset VisitTime,
    string DisplayName,
    long Version,
    bool Cancelled = false) : QueueCommand;
