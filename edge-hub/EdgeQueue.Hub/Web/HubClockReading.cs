using EdgeQueue.Hosting;

namespace EdgeQueue.Hub.Web;

/// <summary>
/// The hub's clock as the hall screen reads it (<c>/display/clock</c>): the time now and how fast it
/// runs (1 in a hall; the simulator's day runs faster), so the screen's clock shows the hub's time,
/// not the TV's own.
/// </summary>
public sealed record HubClockReading(DateTimeOffset Now, double Speed)
{
    public static HubClockReading Of(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return new HubClockReading(time.GetUtcNow(), time is ScaledTimeProvider scaled ? scaled.Speed : 1);
    }
}
