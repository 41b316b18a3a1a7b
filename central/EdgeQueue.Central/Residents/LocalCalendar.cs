using EdgeQueue.Central.Booking;
using Microsoft.Extensions.Options;

namespace EdgeQueue.Central.Residents;

/// <summary>Today in the halls' time zone (Europe/Warsaw by default), for the calendar's first month.</summary>
public sealed class LocalCalendar(TimeProvider clock, IOptions<BookingOptions> options)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), _zone).DateTime);
}
