namespace EdgeQueue.Contracts.Messages.Sync;

/// <summary>
/// A booking change with central's per-site sequence number (also the booking's version on the hub).
/// <see cref="Kind"/> is one of <see cref="SyncBookingKinds"/>; <see cref="Category"/> is the site's
/// queue category of the matter, <see cref="Matter"/> its name for the hall's screen.
/// </summary>
public sealed record SyncedBooking(
    long Seq,
    string Kind,
    string Code,
    string Category,
    DateTimeOffset VisitTime,
    string DisplayName,
    string? Matter = null);
