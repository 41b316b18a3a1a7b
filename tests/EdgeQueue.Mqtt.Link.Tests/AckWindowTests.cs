namespace EdgeQueue.Mqtt.Link.Tests;

/// <summary>The one send window of the sync (hub → central events, central → hub booking changes).</summary>
public sealed class AckWindowTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan ResendAfter = TimeSpan.FromSeconds(10);

    /// <summary>A window that started at 0 and has sent up to <paramref name="sent"/>.</summary>
    private static AckWindow SentUpTo(long sent)
    {
        var window = new AckWindow(0, maxAhead: 100, ResendAfter, T0);
        window.NextFrom(T0, out _);
        window.Sent(sent);
        return window;
    }

    [Fact]
    public void NextFrom_Fresh_StartsAtTheAckAndStopsAtMaxAhead()
    {
        var window = new AckWindow(40, maxAhead: 100, ResendAfter, T0);

        var from = window.NextFrom(T0, out var resent);

        Assert.Equal(40, from);
        Assert.False(resent);
        Assert.True(window.HasRoomAfter(139));
        Assert.False(window.HasRoomAfter(140));
    }

    [Fact]
    public void NextFrom_AfterSending_GoesOnAfterWhatWasSent()
    {
        var window = SentUpTo(50);

        Assert.Equal(50, window.NextFrom(T0.AddSeconds(1), out _));
        Assert.True(window.Outstanding);
    }

    [Fact]
    public void NextFrom_AckSilentLongerThanResendAfter_SendsAgainFromTheAck()
    {
        var window = SentUpTo(50);
        window.Acknowledge(20, T0.AddSeconds(2));

        Assert.Equal(50, window.NextFrom(T0.AddSeconds(11), out var early));
        Assert.False(early);
        Assert.Equal(20, window.NextFrom(T0.AddSeconds(13), out var resent));
        Assert.True(resent);
    }

    [Fact]
    public void Restart_InFlightLost_SendsAgainFromTheAck()
    {
        var window = SentUpTo(50);
        window.Acknowledge(30, T0);

        window.Restart();

        Assert.Equal(30, window.NextFrom(T0, out _));
    }

    [Fact]
    public void Acknowledge_LowerThanBefore_TheOtherSideWentBackSoSendAgainFromIt()
    {
        var window = SentUpTo(80);
        window.Acknowledge(80, T0);

        window.Acknowledge(5, T0.AddSeconds(1));

        Assert.Equal(5, window.Acknowledged);
        Assert.Equal(5, window.NextFrom(T0.AddSeconds(1), out _));
    }

    [Fact]
    public void NextFrom_AckOvertookWhatWasSent_StartsAtTheAck()
    {
        var window = SentUpTo(10);

        window.Acknowledge(60, T0);

        Assert.Equal(60, window.NextFrom(T0, out _));
        Assert.False(window.Outstanding);
    }
}
