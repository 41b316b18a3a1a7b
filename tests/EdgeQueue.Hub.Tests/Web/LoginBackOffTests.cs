using EdgeQueue.Hub.Web;
using EdgeQueue.Testing;

namespace EdgeQueue.Hub.Tests.Web;

/// <summary>The technician page's back-off on a manual clock.</summary>
public sealed class LoginBackOffTests
{
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void MustWait_FailuresBeyondTheFreeOnes_DelayDoublesUpToTheCap()
    {
        var backOff = new LoginBackOff(_clock);
        var waits = new List<TimeSpan>();

        for (var i = 0; i < LoginBackOff.FreeFailures + 12; i++)
        {
            Assert.True(!backOff.MustWait("10.0.0.9", "technik", out _), $"attempt {i + 1} may go ahead once the wait is over");
            backOff.Failed("10.0.0.9", "technik");
            backOff.MustWait("10.0.0.9", "technik", out var wait);
            waits.Add(wait);
            _clock.Advance(wait);
        }

        Assert.All(waits.Take(LoginBackOff.FreeFailures - 1), w => Assert.Equal(TimeSpan.Zero, w));
        Assert.Equal([1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 300, 300],
            waits.Skip(LoginBackOff.FreeFailures - 1).Select(w => (int)w.TotalSeconds));
    }

    [Fact]
    public void MustWait_OneAddressGuessing_AnotherAddressWithAnotherUserNotSlowed()
    {
        var backOff = new LoginBackOff(_clock);
        for (var i = 0; i < LoginBackOff.FreeFailures; i++)
        {
            backOff.Failed("10.0.0.9", null);
        }

        Assert.True(backOff.MustWait("10.0.0.9", "technik", out _));
        Assert.False(backOff.MustWait("10.0.0.10", "technik", out _));
    }

    [Fact]
    public void MustWait_OneGuessFromEachOfManyAddresses_TheUserIsSlowedEverywhere()
    {
        var backOff = new LoginBackOff(_clock);
        for (var i = 0; i < LoginBackOff.FreeFailures; i++)
        {
            backOff.Failed($"10.0.1.{i}", "technik");
        }

        Assert.True(backOff.MustWait("10.0.2.1", "technik", out var wait));
        Assert.Equal(LoginBackOff.FirstDelay, wait);
        Assert.False(backOff.MustWait("10.0.2.1", null, out _));
    }

    [Fact]
    public void Succeeded_AfterFailures_AddressAndUserStartAfresh()
    {
        var backOff = new LoginBackOff(_clock);
        for (var i = 0; i < LoginBackOff.FreeFailures - 1; i++)
        {
            backOff.Failed("10.0.0.9", "technik");
        }

        backOff.Succeeded("10.0.0.9", "technik");
        backOff.Failed("10.0.0.9", "technik");

        Assert.False(backOff.MustWait("10.0.0.9", "technik", out _));
    }

    [Fact]
    public void MustWait_LastFailureAnHourAgo_Forgotten()
    {
        var backOff = new LoginBackOff(_clock);
        for (var i = 0; i < LoginBackOff.FreeFailures - 1; i++)
        {
            backOff.Failed("10.0.0.9", "technik");
        }

        _clock.Advance(LoginBackOff.ForgetAfter + TimeSpan.FromSeconds(1));
        backOff.Failed("10.0.0.9", "technik");

        Assert.False(backOff.MustWait("10.0.0.9", "technik", out _));
    }
}
