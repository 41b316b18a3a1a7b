using System.Device.Gpio;

namespace EdgeQueue.Hardware.Indicators;

/// <summary>
/// A three-pin RGB LED (or three lamps) on GPIO outputs. Amber lights red and green. With a
/// common-anode LED the pins are active low (<see cref="RgbPins.ActiveLow"/>).
/// </summary>
public sealed class RgbStatusLight : BlinkingLight
{
    private readonly GpioController _controller;
    private readonly RgbPins _pins;

    /// <param name="controller">Shared by the hub's pins; not disposed here (only these pins are closed).</param>
    public RgbStatusLight(GpioController controller, RgbPins pins, TimeProvider? time = null)
        : base(time)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(pins);
        _controller = controller;
        _pins = pins;
        foreach (var pin in pins.All)
        {
            _controller.OpenPin(pin, PinMode.Output, Level(false));
        }
    }

    protected override void Drive(StatusLightColor color)
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

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            foreach (var pin in _pins.All)
            {
                _controller.ClosePin(pin);
            }
        }
    }

    private PinValue Level(bool on) => on != _pins.ActiveLow ? PinValue.High : PinValue.Low;
}
