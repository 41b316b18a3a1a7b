using EdgeQueue.Hosting;
using EdgeQueue.Hub.Web;
using EdgeQueue.Testing;

namespace EdgeQueue.Hub.Tests.Web;

public sealed class HubClockReadingTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 14, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public void Of_SimulatorsScaledDay_ItsTimeAndSpeed()
    {
        var real = new ManualTimeProvider(new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.Zero));
        var day = new ScaledTimeProvider(Start, speed: 60, real);
        real.Advance(TimeSpan.FromSeconds(10));

        var reading = HubClockReading.Of(day);

        Assert.Equal((Start.AddMinutes(10), 60.0), (reading.Now, reading.Speed));
    }

    [Fact]
    public void Of_HallsRealClock_SpeedOne()
    {
        var reading = HubClockReading.Of(new ManualTimeProvider(Start));

        Assert.Equal((Start, 1.0), (reading.Now, reading.Speed));
    }
}
