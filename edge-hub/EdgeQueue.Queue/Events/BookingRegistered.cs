namespace EdgeQueue.Queue.Events;

/// <summary>The site learned of a booked visit (from central). No personal data besides a display name.</summary>
public sealed record BookingRegistered(
    DateTimeOffset At,
    string Code,
    string Category,
    DateTimeOffset VisitTime,
    string DisplayName,
    long Version) : QueueEvent(At);
