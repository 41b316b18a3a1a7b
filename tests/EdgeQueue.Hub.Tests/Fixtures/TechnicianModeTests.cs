using EdgeQueue.Hub.Fixtures;
using EdgeQueue.Testing;

namespace EdgeQueue.Hub.Tests.Fixtures;

public sealed class TechnicianModeTests
{
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Toggle_Twice_OnSinceNowThenOffEachChangeAnnounced()
    {
        using var mode = new TechnicianMode(_clock);
        var changes = new List<bool>();
        mode.Changed += changes.Add;

        mode.Toggle();
        var since = mode.Since;
        mode.Toggle();

        Assert.Equal(_clock.GetUtcNow(), since);
        Assert.False(mode.Active);
        Assert.Equal([true, false], changes);
    }

    [Fact]
    public void Enter_LeftAlone_EndsAfterHalfAnHourNotBefore()
    {
        using var mode = new TechnicianMode(_clock);
        mode.Enter();

        _clock.Advance(TechnicianMode.Lasts - TimeSpan.FromSeconds(1));
        var before = mode.Active;
        _clock.Advance(TimeSpan.FromSeconds(1));

        Assert.True(before);
        Assert.False(mode.Active);
    }
}
