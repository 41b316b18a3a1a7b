using EdgeQueue.Central.Booking.Privacy;
using EdgeQueue.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace EdgeQueue.Central.Booking.Tests.Privacy;

public sealed class RetentionPurgeServiceTests
{
    [Fact]
    public async Task ExecuteAsync_Running_PurgesAtStartAndEveryInterval()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 12, 1, 7, 0, 0, TimeSpan.Zero));
        var purge = new CountingPurge();
        using var service = new RetentionPurgeService(purge, clock, new BookingOptions { PurgeIntervalMinutes = 60 }, NullLogger<RetentionPurgeService>.Instance);

        await service.StartAsync(CancellationToken.None);
        await purge.WaitForAsync(1);
        clock.Advance(TimeSpan.FromMinutes(59));
        var beforeInterval = purge.Count;
        clock.Advance(TimeSpan.FromMinutes(1));
        await purge.WaitForAsync(2);
        await service.StopAsync(CancellationToken.None);

        Assert.Equal(1, beforeInterval);
        Assert.Equal(2, purge.Count);
    }

    [Fact]
    public async Task ExecuteAsync_PurgeFails_KeepsRunning()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 12, 1, 7, 0, 0, TimeSpan.Zero));
        var purge = new CountingPurge { FailFirst = true };
        using var service = new RetentionPurgeService(purge, clock, new BookingOptions { PurgeIntervalMinutes = 10 }, NullLogger<RetentionPurgeService>.Instance);

        await service.StartAsync(CancellationToken.None);
        await purge.WaitForAsync(1);
        clock.Advance(TimeSpan.FromMinutes(10));
        await purge.WaitForAsync(2);
        await service.StopAsync(CancellationToken.None);

        Assert.Equal(2, purge.Count);
    }

    private sealed class CountingPurge : IRetentionPurge
    {
        private readonly SemaphoreSlim _calls = new(0);
        private int _count;

        public bool FailFirst { get; init; }

        public int Count => Volatile.Read(ref _count);

        public Task<int> PurgeAsync(CancellationToken cancellation = default)
        {
            var count = Interlocked.Increment(ref _count);
            _calls.Release();
            return count == 1 && FailFirst ? throw new InvalidOperationException("database away") : Task.FromResult(0);
        }

        public async Task WaitForAsync(int calls)
        {
            while (Count < calls)
            {
                Assert.True(await _calls.WaitAsync(TimeSpan.FromSeconds(30)), $"purge was called {Count} times, expected {calls}");
            }
        }
    }
}
