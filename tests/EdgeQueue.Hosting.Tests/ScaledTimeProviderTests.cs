using EdgeQueue.Hosting;
using EdgeQueue.Testing;

namespace EdgeQueue.Hosting.Tests;

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

    [Fact]
    public void Format_ThenParse_AnotherProcessReadsTheSameTime()
    {
        var real = new ManualTimeProvider(new DateTimeOffset(2026, 11, 21, 6, 0, 0, TimeSpan.Zero));
        var simulator = new ScaledTimeProvider(Opening, 250, real);
        real.Advance(TimeSpan.FromSeconds(4));

        var hub = HostClock.Parse(HostClock.Format(simulator), real);

        Assert.Equal(simulator.GetUtcNow(), hub.GetUtcNow());
        Assert.Equal(Opening + TimeSpan.FromSeconds(1000), hub.GetUtcNow());
    }

    [Theory]
    [InlineData("tomorrow|now|fast")]
    [InlineData("2026-11-23T07:30:00+01:00|2026-11-21T06:00:00Z")]
    public void Parse_MalformedSpec_NamesTheVariableAndFormat(string spec)
    {
        var e = Assert.Throws<FormatException>(() => HostClock.Parse(spec, TimeProvider.System));

        Assert.Contains("EDGEQUEUE_CLOCK", e.Message, StringComparison.Ordinal);
        Assert.Contains("SIMULATED_START|REAL_ANCHOR|SPEED", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tomorrow|now|fast", "SIMULATED_START|REAL_ANCHOR|SPEED")]
    [InlineData("2026-11-23T07:30:00+01:00|2026-11-21T06:00:00Z|0", "speed must be between 1 and 10000")]
    public void TryFrom_BadSpec_FalseWithOneSentenceNamingTheVariable(string spec, string expected)
    {
        Assert.False(HostClock.TryFrom(spec, TimeProvider.System, out var clock, out var problem));

        Assert.Same(TimeProvider.System, clock);
        Assert.StartsWith("EDGEQUEUE_CLOCK='", problem, StringComparison.Ordinal);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', problem!);
    }

    [Fact]
    public void TryFrom_UnsetOrValid_TheRealOrTheScaledClock()
    {
        var real = new ManualTimeProvider(new DateTimeOffset(2026, 11, 21, 6, 0, 0, TimeSpan.Zero));

        Assert.True(HostClock.TryFrom(null, real, out var unset, out _));
        Assert.True(HostClock.TryFrom(HostClock.Format(new ScaledTimeProvider(Opening, 250, real)), real, out var scaled, out var problem));

        Assert.Same(real, unset);
        Assert.Null(problem);
        Assert.Equal(Opening, scaled.GetUtcNow());
    }
}
