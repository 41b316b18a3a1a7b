namespace EdgeQueue.Simulation.Time;

/// <summary>
/// A clock that runs <see cref="Speed"/> times faster than the real one, starting at a chosen
/// simulated moment: a day in the hall at 500× takes under a minute. Timers fire after their due
/// time divided by the speed, so every TimeProvider-driven part (debounce, back-off, rollover,
/// service times) speeds up together.
/// </summary>
public sealed class ScaledTimeProvider : TimeProvider
{
    private readonly TimeProvider _real;
    private readonly long _realStart;
    private readonly DateTimeOffset _simulatedStart;

    public ScaledTimeProvider(DateTimeOffset simulatedStart, double speed, TimeProvider? real = null, TimeZoneInfo? zone = null)
    {
        if (!double.IsFinite(speed) || speed < 1 || speed > 10_000)
        {
            throw new ArgumentOutOfRangeException(nameof(speed), speed, "speed must be between 1 and 10000");
        }

        _real = real ?? System;
        _realStart = _real.GetTimestamp();
        _simulatedStart = simulatedStart;
        Speed = speed;
        LocalTimeZone = zone ?? TimeZoneInfo.Utc;
    }

    public double Speed { get; }

    public override TimeZoneInfo LocalTimeZone { get; }

    public override long TimestampFrequency => _real.TimestampFrequency;

    public override DateTimeOffset GetUtcNow() => _simulatedStart + Elapsed();

    public override long GetTimestamp()
    {
        var realTicks = _real.GetTimestamp() - _realStart;
        return _realStart + (long)(realTicks * Speed);
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new ScaledTimer(_real.CreateTimer(callback, state, ToReal(dueTime), ToReal(period)), this);

    /// <summary>The real time a simulated span takes at this speed.</summary>
    public TimeSpan ToReal(TimeSpan simulated) =>
        simulated == Timeout.InfiniteTimeSpan || simulated <= TimeSpan.Zero ? simulated : simulated / Speed;

    private TimeSpan Elapsed() => _real.GetElapsedTime(_realStart) * Speed;

    private sealed class ScaledTimer(ITimer inner, ScaledTimeProvider clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(clock.ToReal(dueTime), clock.ToReal(period));

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
