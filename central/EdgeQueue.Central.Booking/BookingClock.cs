namespace EdgeQueue.Central.Booking;

/// <summary>
/// The halls' local time (Europe/Warsaw) read through a <see cref="TimeProvider"/>: "today", slot
/// instants and the booking window are local, including on DST change days.
/// </summary>
public sealed class BookingClock
{
    private readonly TimeProvider _time;

    public BookingClock(TimeProvider time, TimeZoneInfo zone)
    {
        _time = time;
        Zone = zone;
    }

    public TimeZoneInfo Zone { get; }

    public DateTimeOffset UtcNow => _time.GetUtcNow();

    public DateTime LocalNow => TimeZoneInfo.ConvertTime(_time.GetUtcNow(), Zone).DateTime;

    public DateOnly Today => DateOnly.FromDateTime(LocalNow);

    /// <summary>The instant of a local wall-clock time on a day (Warsaw offset of that moment).</summary>
    public DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    public DateTimeOffset FromUnixMilliseconds(long milliseconds) =>
        TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeMilliseconds(milliseconds), Zone);

    public static TimeZoneInfo FindZone(string id) => TimeZoneInfo.FindSystemTimeZoneById(id);
}
