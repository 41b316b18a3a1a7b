using EdgeQueue.Hosting;
using EdgeQueue.Simulation.Traffic;

namespace EdgeQueue.Simulator.Hall;

/// <summary>The simulated day's clock: it starts a little before opening and runs at the chosen speed.</summary>
internal static class HallClock
{
    /// <summary>Devices connect and the hub starts this long before the doors open.</summary>
    public static readonly TimeSpan Lead = TimeSpan.FromMinutes(5);

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

    /// <summary>Real time set aside for starting the hub and the devices before the simulated morning begins.</summary>
    public static readonly TimeSpan SetUpAllowance = TimeSpan.FromSeconds(8);

    /// <summary>With central: also starting it, setting up its matters and booking the day's visits online.</summary>
    public static readonly TimeSpan SetUpAllowanceWithCentral = TimeSpan.FromSeconds(25);

    /// <summary>
    /// The day's clock. It reaches <see cref="Lead"/> before opening only after
    /// <paramref name="setUp"/> of real time (capped at four simulated hours, so the day never
    /// starts on the previous one), so the hall is up when the doors open even at high speed.
    /// </summary>
    public static ScaledTimeProvider Create(DayPlan plan, TimeZoneInfo zone, double speed, TimeProvider real, TimeSpan setUp)
    {
        ArgumentNullException.ThrowIfNull(real);
        var allowance = TimeSpan.FromTicks(Math.Min(setUp.Ticks, (long)(TimeSpan.FromHours(4).Ticks / speed)));
        return new ScaledTimeProvider(Opening(plan, zone) - Lead, speed, real, real.GetUtcNow() + allowance);
    }

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
