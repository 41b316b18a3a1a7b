using EdgeQueue.Hosting;
using EdgeQueue.Simulation.Traffic;

namespace EdgeQueue.Simulator.Hall;

/// <summary>The simulated day's clock: it starts a little before opening and runs at the chosen speed.</summary>
internal static class HallClock
{
    /// <summary>Devices connect and the hub starts this long before the doors open.</summary>
    public static readonly TimeSpan Lead = TimeSpan.FromMinutes(10);

    public static DateTimeOffset Opening(DayPlan plan, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(zone);
        return At(plan.Day, plan.Profile.Opens, zone);
    }

    public static DateTimeOffset At(DateOnly day, TimeOnly time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = day.ToDateTime(time);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    public static ScaledTimeProvider Create(DayPlan plan, TimeZoneInfo zone, double speed, TimeProvider real) =>
        new(Opening(plan, zone) - Lead, speed, real, real.GetUtcNow());

    /// <summary>The first weekday on or after <paramref name="from"/> (halls are closed at weekends).</summary>
    public static DateOnly NextWeekday(DateOnly from)
    {
        var day = from;
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(1);
        }

        return day;
    }
}
