namespace EdgeQueue.Hosting;

/// <summary>
/// A clock that runs <see cref="Speed"/> times faster than the real one: at the real moment
/// <see cref="RealAnchor"/> it reads <see cref="SimulatedStart"/>. A day in the hall at 500× takes
/// under a minute. Timers fire after their due time divided by the speed, so every
/// TimeProvider-driven part (debounce, back-off, rollover, service times) speeds up together.
/// Because the mapping hangs on a wall-clock anchor, separate processes given the same three
/// values (a hub restarted mid-day, the simulator driving it) agree on the simulated time.
/// </summary>
public sealed class ScaledTimeProvider : TimeProvider
{
    private readonly TimeProvider _real;
    private readonly long _timestampBase;

    public ScaledTimeProvider(DateTimeOffset simulatedStart, double speed, TimeProvider? real = null,
        DateTimeOffset? realAnchor = null, TimeZoneInfo? zone = null)
    {
        if (!double.IsFinite(speed) || speed < 1 || speed > 10_000)
        {
            throw new ArgumentOutOfRangeException(nameof(speed), speed, "speed must be between 1 and 10000");
        }

        _real = real ?? System;
        _timestampBase = _real.GetTimestamp();
        RealAnchor = realAnchor ?? _real.GetUtcNow();
        SimulatedStart = simulatedStart;
        Speed = speed;
        LocalTimeZone = zone ?? TimeZoneInfo.Utc;
    }

    public double Speed { get; }

    public DateTimeOffset SimulatedStart { get; }

    public DateTimeOffset RealAnchor { get; }

    public override TimeZoneInfo LocalTimeZone { get; }

    public override long TimestampFrequency => _real.TimestampFrequency;

    public override DateTimeOffset GetUtcNow() => SimulatedStart + ((_real.GetUtcNow() - RealAnchor) * Speed);

    /// <summary>Monotonic and scaled: elapsed times measured with it are simulated spans.</summary>
    public override long GetTimestamp() => _timestampBase + (long)((_real.GetTimestamp() - _timestampBase) * Speed);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new ScaledTimer(_real.CreateTimer(callback, state, ToReal(dueTime), ToReal(period)), this);

    /// <summary>The real time a simulated span takes at this speed.</summary>
    public TimeSpan ToReal(TimeSpan simulated) =>
        simulated == Timeout.InfiniteTimeSpan || simulated <= TimeSpan.Zero ? simulated : simulated / Speed;

    private sealed class ScaledTimer(ITimer inner, ScaledTimeProvider clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(clock.ToReal(dueTime), clock.ToReal(period));

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
