using EdgeQueue.Hardware.Buttons;
using EdgeQueue.Hardware.Gpio;
using EdgeQueue.Hardware.Tests.Gpio;
using EdgeQueue.Testing;

namespace EdgeQueue.Hardware.Tests.Buttons;

/// <summary>
/// Buttons fed with raw gpio_v2_line_event bytes — the lowest seam, parsed by the driver's own
/// code — and timed by a manual clock.
/// </summary>
public sealed class GpioButtonTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 11, 21, 8, 0, 0, TimeSpan.Zero));
    private readonly List<ButtonGestured> _gestures = [];

    [Fact]
    public async Task Edges_CleanPressAndRelease_IsOnePressWithItsHoldTime()
    {
        await using var button = await FeedAsync(new RawEvents().Press(0).Release(200));

        var press = Assert.Single(_gestures);
        Assert.Equal(ButtonGesture.Press, press.Gesture);
        Assert.Equal(TimeSpan.FromMilliseconds(200), press.Held);
        Assert.Equal("next", press.Button);
        Assert.False(button.IsPressed);
    }

    [Fact]
    public async Task Edges_BouncingContacts_AreOnePress()
    {
        var bouncy = new RawEvents()
            .Press(0).Release(1.2).Press(2.5).Release(3.1).Press(4)
            .Release(250).Press(251).Release(252.5);

        await using var button = await FeedAsync(bouncy);
        _clock.Advance(TimeSpan.FromMilliseconds(100));

        var press = Assert.Single(_gestures);
        Assert.Equal(ButtonGesture.Press, press.Gesture);
        Assert.Equal(TimeSpan.FromMilliseconds(250), press.Held);
    }

    [Fact]
    public async Task Edges_TwoPressesApart_AreTwoPresses()
    {
        await using var button = await FeedAsync(new RawEvents().Press(0).Release(150).Press(600).Release(700));

        Assert.Equal([ButtonGesture.Press, ButtonGesture.Press], _gestures.Select(g => g.Gesture));
    }

    [Fact]
    public async Task Edges_Held_ReportsLongPressWhileStillHeldAndNothingOnRelease()
    {
        await using var button = await FeedAsync(new RawEvents().Press(0));

        _clock.Advance(TimeSpan.FromMilliseconds(1499));
        Assert.Empty(_gestures);
        _clock.Advance(TimeSpan.FromMilliseconds(1));

        var longPress = Assert.Single(_gestures);
        Assert.Equal(ButtonGesture.LongPress, longPress.Gesture);
        Assert.True(button.IsPressed);
        Assert.Equal(_clock.GetUtcNow(), longPress.At);
    }

    [Fact]
    public async Task Edges_LongHoldReleasedBeforeTimerRan_IsStillALongPress()
    {
        await using var button = await FeedAsync(new RawEvents().Press(0).Release(2000));

        var gesture = Assert.Single(_gestures);
        Assert.Equal(ButtonGesture.LongPress, gesture.Gesture);
        _clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Single(_gestures);
    }

    [Fact]
    public async Task Edges_TapShorterThanDebounce_SettlesReleasedInsteadOfStuckPressed()
    {
        await using var button = await FeedAsync(new RawEvents().Press(0).Release(12));

        Assert.True(button.IsPressed);
        _clock.Advance(TimeSpan.FromMilliseconds(30));

        Assert.False(button.IsPressed);
        var press = Assert.Single(_gestures);
        Assert.Equal(TimeSpan.FromMilliseconds(12), press.Held);
    }

    [Fact]
    public async Task Edges_GapInLineSequence_CountsMissedEdges()
    {
        var events = new RawEvents().Edge(true, 0, lineSequence: 1).Edge(false, 100, lineSequence: 2).Edge(true, 500, lineSequence: 6);

        await using var button = await FeedAsync(events);

        Assert.Equal(3, button.MissedEdges);
    }

    [Fact]
    public async Task Reading_CorruptRecord_FaultsTheReadLoopWithTheReason()
    {
        var bytes = new RawEvents().Press(0).ToArray();
        bytes[8] = 9;
        await using var button = new GpioButton("next", new GpioEventStreamSource(new MemoryStream(bytes)), time: _clock);

        var error = await Assert.ThrowsAsync<FormatException>(() => button.Start().WaitAsync(Wait));

        Assert.Contains("id 9", error.Message, StringComparison.Ordinal);
    }

    private async Task<GpioButton> FeedAsync(RawEvents events)
    {
        var button = new GpioButton("next", new GpioEventStreamSource(new TrickleStream(events.ToArray(), chunk: 20)), new ButtonOptions(), _clock);
        button.Gestured += (_, g) =>
        {
            lock (_gestures)
            {
                _gestures.Add(g);
            }
        };
        await button.Start().WaitAsync(Wait);
        return button;
    }
}
