using System.Device.Gpio;
using EdgeQueue.Hardware.Buttons;
using EdgeQueue.Simulation.Gpio;
using EdgeQueue.Testing;

namespace EdgeQueue.Hardware.Tests.Buttons;

/// <summary>
/// The button through a real <see cref="GpioController"/> and the bindings' GpioButton, edges raised
/// by the simulated driver (System.Device.Gpio's extension point), gestures timed on a manual clock.
/// </summary>
public sealed class GpioPushButtonTests : IDisposable
{
    private const int Pin = 23;
    private static readonly ButtonOptions Options = new() { Debounce = TimeSpan.FromMilliseconds(30), LongPress = TimeSpan.FromSeconds(5) };
    private readonly SimulatedGpioDriver _pins = new();
    private readonly GpioController _controller;
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 12, 4, 8, 0, 0, TimeSpan.Zero));
    private readonly GpioPushButton _button;
    private readonly List<ButtonGestured> _gestures = [];

    public GpioPushButtonTests()
    {
        _controller = new GpioController(_pins);
        _button = new GpioPushButton("service", _controller, Pin, Options, _clock);
        _button.Gestured += (_, g) => _gestures.Add(g);
    }

    public void Dispose()
    {
        _button.Dispose();
        _controller.Dispose();
    }

    [Fact]
    public void Constructor_Pin_OpenedAsInputWithThePullUp()
    {
        Assert.Equal(PinMode.InputPullUp, _pins.OpenPins[Pin]);
        Assert.Equal(PinValue.High, _pins.Level(Pin));
        Assert.False(_button.IsPressed);
    }

    [Fact]
    public void Gestured_PressedAndReleasedSoon_OnePressWithTheTimeHeld()
    {
        _pins.Press(Pin);
        Assert.True(_button.IsPressed);
        _clock.Advance(TimeSpan.FromMilliseconds(300));
        _pins.Release(Pin);

        var press = Assert.Single(_gestures);
        Assert.Equal((ButtonGesture.Press, "service"), (press.Gesture, press.Button));
        Assert.Equal(TimeSpan.FromMilliseconds(300), press.Held);
        Assert.False(_button.IsPressed);
    }

    [Fact]
    public void Gestured_HeldForTheLongPressTime_LongPressWhileHeldAndNoPressOnRelease()
    {
        _pins.Press(Pin);
        _clock.Advance(TimeSpan.FromSeconds(4.9));
        Assert.Empty(_gestures);

        _clock.Advance(TimeSpan.FromMilliseconds(100));
        var held = Assert.Single(_gestures);
        Assert.Equal(ButtonGesture.LongPress, held.Gesture);
        Assert.True(_button.IsPressed);

        _clock.Advance(TimeSpan.FromSeconds(10));
        _pins.Release(Pin);
        Assert.Single(_gestures);
    }

    [Fact]
    public void Gestured_TwoShortPresses_TwoPressesAndNoLongPress()
    {
        for (var i = 0; i < 2; i++)
        {
            _pins.Press(Pin);
            _clock.Advance(TimeSpan.FromSeconds(3));
            _pins.Release(Pin);
            _clock.Advance(TimeSpan.FromSeconds(3));
        }

        Assert.Equal([ButtonGesture.Press, ButtonGesture.Press], _gestures.Select(g => g.Gesture));
    }

    [Fact]
    public void Gestured_ContactBouncesAfterRelease_OnePress()
    {
        _pins.Press(Pin);
        _clock.Advance(TimeSpan.FromMilliseconds(200));
        _pins.Release(Pin);
        _clock.Advance(TimeSpan.FromMilliseconds(5));
        _pins.Press(Pin);
        _pins.Release(Pin);
        _clock.Advance(TimeSpan.FromMilliseconds(30));
        _pins.Press(Pin);
        _pins.Release(Pin);

        Assert.Equal([ButtonGesture.Press, ButtonGesture.Press], _gestures.Select(g => g.Gesture));
        Assert.Equal(TimeSpan.FromMilliseconds(200), _gestures[0].Held);
    }

    [Fact]
    public void Dispose_Button_PinClosedAndSharedControllerKept()
    {
        _button.Dispose();

        Assert.DoesNotContain(Pin, _pins.OpenPins.Keys);
        _controller.OpenPin(5, PinMode.Output);
        Assert.True(_controller.IsPinOpen(5));
    }
}
