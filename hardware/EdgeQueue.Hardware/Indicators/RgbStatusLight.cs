using System.Device.Gpio;

namespace EdgeQueue.Hardware.Indicators;

/// <summary>
/// A three-pin RGB LED (or three lamps) on GPIO outputs. Amber lights red and green. A blinking
/// colour is on and off for <see cref="BlinkHalfPeriod"/> each, timed by the hub's clock. With a
/// common-anode LED the pins are active low.
/// </summary>
public sealed class RgbStatusLight : IStatusLight, IDisposable
{
    public static readonly TimeSpan BlinkHalfPeriod = TimeSpan.FromMilliseconds(500);

    private readonly Lock _gate = new();
    private readonly GpioController _controller;
    private readonly RgbPins _pins;
    private readonly ITimer _blink;
    private bool _lit;

    /// <param name="controller">Shared by the hub's pins; not disposed here (only these pins are closed).</param>
    public RgbStatusLight(GpioController controller, RgbPins pins, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(pins);
        _controller = controller;
        _pins = pins;
        foreach (var pin in pins.All)
        {
            _controller.OpenPin(pin, PinMode.Output, Level(false));
        }

        _blink = (time ?? TimeProvider.System).CreateTimer(_ => Toggle(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public StatusLightColor Color { get; private set; }

    public bool Blinking { get; private set; }

    public void Show(StatusLightColor color, bool blinking = false)
    {
        lock (_gate)
        {
            blinking = blinking && color != StatusLightColor.Off;
            if (color == Color && blinking == Blinking)
            {
                return;
            }

            Color = color;
            Blinking = blinking;
            _lit = true;
            Drive(Color);
            var period = Blinking ? BlinkHalfPeriod : Timeout.InfiniteTimeSpan;
            _blink.Change(period, period);
        }
    }

    public void Dispose()
    {
        _blink.Dispose();
        lock (_gate)
        {
            Drive(StatusLightColor.Off);
            foreach (var pin in _pins.All)
            {
                _controller.ClosePin(pin);
            }
        }
    }

    private void Toggle()
    {
        lock (_gate)
        {
            if (!Blinking)
            {
                return;
            }

            _lit = !_lit;
            Drive(_lit ? Color : StatusLightColor.Off);
        }
    }

    private void Drive(StatusLightColor color)
    {
        var (red, green, blue) = color switch
        {
            StatusLightColor.Green => (false, true, false),
            StatusLightColor.Amber => (true, true, false),
            StatusLightColor.Red => (true, false, false),
            StatusLightColor.Blue => (false, false, true),
            _ => (false, false, false),
        };
        _controller.Write(_pins.Red, Level(red));
        _controller.Write(_pins.Green, Level(green));
        _controller.Write(_pins.Blue, Level(blue));
    }

    private PinValue Level(bool on) => on != _pins.ActiveLow ? PinValue.High : PinValue.Low;
}
