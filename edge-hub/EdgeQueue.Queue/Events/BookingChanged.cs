namespace EdgeQueue.Queue.Events;

/// <summary>A newer version of a booked visit arrived: time, matter or name changed.</summary>
public sealed record BookingChanged(
    DateTimeOffset At,
    string Code,
    string Category,
    DateTimeOffset VisitTime,
    string DisplayName,
    long Version) : QueueEvent(At);
