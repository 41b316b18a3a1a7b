using EdgeQueue.Simulation.Time;
using EdgeQueue.Testing;

namespace EdgeQueue.Simulation.Tests.Time;

public sealed class ScaledTimeProviderTests
{
    private static readonly DateTimeOffset Opening = new(2026, 11, 23, 6, 30, 0, TimeSpan.Zero);

    [Fact]
    public void GetUtcNow_OneRealSecondAt500x_MovesEightMinutesTwentySeconds()
    {
        var real = new ManualTimeProvider(DateTimeOffset.UnixEpoch);
        var clock = new ScaledTimeProvider(Opening, 500, real);

        real.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(Opening + TimeSpan.FromSeconds(500), clock.GetUtcNow());
    }

    [Fact]
    public void CreateTimer_TenSimulatedMinutesAt100x_FiresAfterSixRealSeconds()
    {
        var real = new ManualTimeProvider(DateTimeOffset.UnixEpoch);
        var clock = new ScaledTimeProvider(Opening, 100, real);
        var fired = 0;
        using var timer = clock.CreateTimer(_ => fired++, null, TimeSpan.FromMinutes(10), Timeout.InfiniteTimeSpan);

        real.Advance(TimeSpan.FromSeconds(5.9));
        Assert.Equal(0, fired);
        real.Advance(TimeSpan.FromSeconds(0.1));
        Assert.Equal(1, fired);
    }

    [Fact]
    public async Task Delay_ThroughTaskDelay_UsesTheScaledTimers()
    {
        var real = new ManualTimeProvider(DateTimeOffset.UnixEpoch);
        var clock = new ScaledTimeProvider(Opening, 60, real);

        var delay = Task.Delay(TimeSpan.FromMinutes(1), clock);
        Assert.False(delay.IsCompleted);
        real.Advance(TimeSpan.FromSeconds(1));

        await delay.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(20_000)]
    [InlineData(double.NaN)]
    public void Constructor_SpeedOutOfRange_Throws(double speed)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScaledTimeProvider(Opening, speed));
    }
}
