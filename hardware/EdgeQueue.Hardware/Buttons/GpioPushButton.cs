using System.Device.Gpio;
using Iot.Device.Button;

namespace EdgeQueue.Hardware.Buttons;

/// <summary>
/// A push button between a GPIO pin and ground (the Pi's pull-up holds it high). The pin and its
/// edges are the bindings' <see cref="GpioButton"/> on the given controller; this class adds what
/// the hall needs on the hub's <see cref="TimeProvider"/>: the debounce (the bindings time theirs by
/// the wall clock, which a test cannot move), a press, and a long press reported once while still
/// held (so a technician knows when to let go).
/// </summary>
public sealed class GpioPushButton : ICallButton, IDisposable
{
    private readonly Lock _gate = new();
    private readonly GpioButton _button;
    private readonly TimeProvider _time;
    private readonly TimeSpan _longPress;
    private readonly TimeSpan _debounce;
    private readonly ITimer _longPressTimer;
    private long _pressedAt;
    private long? _releasedAt;
    private bool _pressed;
    private bool _longPressReported;

    /// <param name="controller">Shared by the hub's pins; not disposed here (only this button's pin is closed).</param>
    public GpioPushButton(string name, GpioController controller, int pin, ButtonOptions? options = null, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(controller);
        Name = name;
        var settings = options ?? new ButtonOptions();
        _time = time ?? TimeProvider.System;
        _longPress = settings.LongPress;
        _debounce = settings.Debounce;
        _longPressTimer = _time.CreateTimer(_ => OnLongPressDue(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _button = new GpioButton(pin, isPullUp: true, hasExternalResistor: false, controller, shouldDispose: false, debounceTime: TimeSpan.Zero);
        _button.ButtonDown += (_, _) => OnDown();
        _button.ButtonUp += (_, _) => OnUp();
    }

    public string Name { get; }

    public bool IsPressed
    {
        get
        {
            lock (_gate)
            {
                return _pressed;
            }
        }
    }

    public event EventHandler<ButtonGestured>? Gestured;

    public void Dispose()
    {
        _longPressTimer.Dispose();
        _button.Dispose();
    }

    private void OnDown()
    {
        lock (_gate)
        {
            if (_pressed || (_releasedAt is { } released && _time.GetElapsedTime(released) < _debounce))
            {
                return;
            }

            _pressed = true;
            _longPressReported = false;
            _pressedAt = _time.GetTimestamp();
            _longPressTimer.Change(_longPress, Timeout.InfiniteTimeSpan);
        }
    }

    private void OnUp()
    {
        ButtonGestured? press;
        lock (_gate)
        {
            if (!_pressed)
            {
                return;
            }

            _pressed = false;
            _releasedAt = _time.GetTimestamp();
            _longPressTimer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            press = _longPressReported ? null : Gesture(ButtonGesture.Press);
        }

        if (press is not null)
        {
            Gestured?.Invoke(this, press);
        }
    }

    private void OnLongPressDue()
    {
        ButtonGestured held;
        lock (_gate)
        {
            if (!_pressed || _longPressReported)
            {
                return;
            }

            _longPressReported = true;
            held = Gesture(ButtonGesture.LongPress);
        }

        Gestured?.Invoke(this, held);
    }

    private ButtonGestured Gesture(ButtonGesture gesture) =>
        new(Name, gesture, _time.GetElapsedTime(_pressedAt), _time.GetUtcNow());
}
