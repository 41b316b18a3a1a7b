using EdgeQueue.Testing;

namespace EdgeQueue.Mqtt.Link.Tests;

/// <summary>The one wake-up of the links' loops (the hub's uplink and status, central's booking pump).</summary>
public sealed class WakeSignalTests
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task WaitAsync_SetTwiceBeforeWaiting_WakesOnceThenWaitsForThePoll()
    {
        using var wake = new WakeSignal();
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 12, 4, 8, 0, 0, TimeSpan.Zero));
        wake.Set();
        wake.Set();

        await wake.WaitAsync(Poll, clock, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
        var second = wake.WaitAsync(Poll, clock, CancellationToken.None);
        await Task.Delay(50);

        Assert.False(second.IsCompleted, "the second signal counted as the first");
        clock.Advance(Poll);
        await second.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task WaitAsync_SetWhileWaiting_EndsBeforeThePoll()
    {
        using var wake = new WakeSignal();
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 12, 4, 8, 0, 0, TimeSpan.Zero));
        var waiting = wake.WaitAsync(Poll, clock, CancellationToken.None);

        wake.Set();

        await waiting.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task WaitAsync_Cancelled_Throws()
    {
        using var wake = new WakeSignal();
        using var stop = new CancellationTokenSource();
        var waiting = wake.WaitAsync(Poll, TimeProvider.System, stop.Token);

        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }
}
