using EdgeQueue.Firmware.Core.Buttons;

namespace EdgeQueue.Firmware.Tests.Buttons;

public sealed class ButtonTrackerTests
{
    private sealed class Recorder : IButtonListener
    {
        public List<(int Button, ButtonGesture Gesture, long At)> Gestures { get; } = [];

        public void OnGesture(int button, ButtonGesture gesture, long atMs) => Gestures.Add((button, gesture, atMs));
    }

    private readonly Recorder _recorder = new();

    private ButtonTracker Tracker() => new(2, debounceMs: 30, longPressMs: 3000, _recorder);

    [Fact]
    public void Edge_ContactBounceOnPressAndRelease_ReportsOnePress()
    {
        var button = Tracker();

        // Press with bounce: down, up, down within 5 ms; release with bounce 100 ms later.
        button.Edge(true, 1000);
        button.Edge(false, 1002);
        button.Edge(true, 1004);
        button.Tick(1040);
        button.Edge(false, 1100);
        button.Edge(true, 1103);
        button.Edge(false, 1105);
        button.Tick(1200);

        Assert.Equal([(2, ButtonGesture.Press, 1100L)], _recorder.Gestures);
        Assert.True(button.BouncesIgnored >= 4);
        Assert.False(button.IsPressed);
    }

    [Fact]
    public void Edge_FirstEdge_IsTakenAtOnceWithoutDebounceDelay()
    {
        var button = Tracker();

        button.Edge(true, 5000);

        Assert.True(button.IsPressed);
    }

    [Fact]
    public void Tick_ReleaseInsideLockout_IsTakenWhenLockoutEnds()
    {
        var button = Tracker();

        button.Edge(true, 1000);
        button.Edge(false, 1010); // a real 10 ms tap, shorter than the debounce
        Assert.Empty(_recorder.Gestures);

        button.Tick(1030);

        Assert.Equal([(2, ButtonGesture.Press, 1030L)], _recorder.Gestures);
        Assert.False(button.IsPressed);
    }

    [Fact]
    public void Tick_HeldPastLongPressTime_ReportsLongPressOnceAndNoPressOnRelease()
    {
        var button = Tracker();

        button.Edge(true, 1000);
        button.Tick(3999);
        Assert.Empty(_recorder.Gestures);
        button.Tick(4000);
        button.Tick(4500);
        button.Edge(false, 5000);
        button.Tick(5100);

        Assert.Equal([(2, ButtonGesture.LongPress, 4000L)], _recorder.Gestures);
    }

    [Fact]
    public void Edge_ReleasedAfterLongPressTimeWithoutTick_StillReportsLongPress()
    {
        var button = Tracker();

        button.Edge(true, 1000);
        button.Edge(false, 4200);

        Assert.Equal([(2, ButtonGesture.LongPress, 4000L)], _recorder.Gestures);
    }

    [Fact]
    public void Edge_TwoSeparatePresses_ReportsTwoPresses()
    {
        var button = Tracker();

        button.Edge(true, 1000);
        button.Edge(false, 1080);
        button.Edge(true, 1300);
        button.Edge(false, 1380);

        Assert.Equal(2, _recorder.Gestures.Count(g => g.Gesture == ButtonGesture.Press));
    }

    [Fact]
    public void Edge_PanelButtonOutOfRange_ThrowsWithButtonNumber()
    {
        var panel = new ButtonPanel(3, 30, 3000, _recorder);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => panel.Edge(3, true, 0));

        Assert.Contains("no button 3", error.Message, StringComparison.Ordinal);
    }
}
