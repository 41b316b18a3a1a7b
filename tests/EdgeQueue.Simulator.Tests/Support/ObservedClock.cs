using System.Threading.Channels;
using EdgeQueue.Testing;

namespace EdgeQueue.Simulator.Tests.Support;

/// <summary>
/// A <see cref="ManualTimeProvider"/> that tells the test when code starts waiting on it (a timer
/// is created), so the test advances time exactly when the code under test is waiting.
/// </summary>
internal sealed class ObservedClock(DateTimeOffset start) : TimeProvider
{
    private readonly ManualTimeProvider _inner = new(start);
    private readonly Channel<TimeSpan> _waits = Channel.CreateUnbounded<TimeSpan>();

    public override DateTimeOffset GetUtcNow() => _inner.GetUtcNow();

    public override long GetTimestamp() => _inner.GetTimestamp();

    public override long TimestampFrequency => _inner.TimestampFrequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = _inner.CreateTimer(callback, state, dueTime, period);
        _waits.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>Waits until the code under test starts a wait; returns how long it means to wait.</summary>
    public async Task<TimeSpan> NextWaitAsync() => await _waits.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));

    public void Advance(TimeSpan by) => _inner.Advance(by);
}
