namespace EdgeQueue.Central.Sync.Reading;

/// <summary>
/// One site as the sync link sees it: events stored up to <see cref="EventsAcked"/> (gap-free),
/// bookings the hub has applied up to <see cref="BookingsAcked"/>, the configuration version the
/// hub reports running and the newest one edited at central, and when central last heard from it.
/// </summary>
public sealed record SiteSyncSummary(
    string SiteId,
    long EventsAcked,
    long BookingsAcked,
    int? ConfigVersionRunning,
    int? ConfigVersionLatest,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastContact);
