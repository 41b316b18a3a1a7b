using System.Device.Gpio;

namespace EdgeQueue.Simulation.Gpio;

/// <summary>
/// The Pi's GPIO pins in software, at System.Device.Gpio's own extension point: production code
/// opens pins through a real <see cref="GpioController"/> over this driver. <see cref="Press"/> and
/// <see cref="Release"/> drive an input the way a button to ground does (falling, then rising edge,
/// callbacks raised on the caller's thread like libgpiod's event thread would); every output
/// write is kept in order (<see cref="Writes"/>) with the pin's level (<see cref="Level"/>).
/// </summary>
public sealed class SimulatedGpioDriver(int pinCount = 28) : GpioDriver
{
    private readonly Lock _gate = new();
    private readonly Dictionary<int, PinMode> _modes = [];
    private readonly Dictionary<int, PinValue> _levels = [];
    private readonly Dictionary<int, List<(PinEventTypes Types, PinChangeEventHandler Callback)>> _callbacks = [];
    private readonly List<PinWrite> _writes = [];

    /// <summary>The writes to output pins so far, oldest first.</summary>
    public IReadOnlyList<PinWrite> Writes
    {
        get
        {
            lock (_gate)
            {
                return [.. _writes];
            }
        }
    }

    /// <summary>The pins open now and their modes.</summary>
    public IReadOnlyDictionary<int, PinMode> OpenPins
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<int, PinMode>(_modes);
            }
        }
    }

    protected override int PinCount => pinCount;

    /// <summary>The level of a pin now (an input pulled up reads high until pressed).</summary>
    public PinValue Level(int pin)
    {
        lock (_gate)
        {
            return _levels.GetValueOrDefault(pin, PinValue.Low);
        }
    }

    /// <summary>A button between the pin and ground closes: the pin falls low.</summary>
    public void Press(int pin) => Drive(pin, PinValue.Low);

    /// <summary>The button opens: the pull-up brings the pin high again.</summary>
    public void Release(int pin) => Drive(pin, PinValue.High);

    /// <summary>Sets an input's level and raises the edge to whoever listens for it.</summary>
    public void Drive(int pin, PinValue level)
    {
        List<PinChangeEventHandler> listeners;
        PinEventTypes edge;
        lock (_gate)
        {
            if (!_modes.TryGetValue(pin, out var mode) || mode is PinMode.Output)
            {
                throw new InvalidOperationException($"pin {pin} is not open as an input; only an input can be driven from outside");
            }

            var before = _levels.GetValueOrDefault(pin, PinValue.Low);
            _levels[pin] = level;
            if (before == level)
            {
                return;
            }

            edge = level == PinValue.High ? PinEventTypes.Rising : PinEventTypes.Falling;
            listeners = [.. _callbacks.GetValueOrDefault(pin, []).Where(c => (c.Types & edge) != 0).Select(c => c.Callback)];
        }

        foreach (var listener in listeners)
        {
            listener(this, new PinValueChangedEventArgs(edge, pin));
        }
    }

    protected override void OpenPin(int pinNumber)
    {
        lock (_gate)
        {
            _modes[pinNumber] = PinMode.Input;
        }
    }

    protected override void ClosePin(int pinNumber)
    {
        lock (_gate)
        {
            _modes.Remove(pinNumber);
            _callbacks.Remove(pinNumber);
        }
    }

    protected override void SetPinMode(int pinNumber, PinMode mode)
    {
        lock (_gate)
        {
            _modes[pinNumber] = mode;
            // The pull resistor sets the idle level of an input, as on the Pi.
            _levels[pinNumber] = mode switch
            {
                PinMode.InputPullUp => PinValue.High,
                PinMode.InputPullDown => PinValue.Low,
                _ => _levels.GetValueOrDefault(pinNumber, PinValue.Low),
            };
        }
    }

    protected override PinMode GetPinMode(int pinNumber)
    {
        lock (_gate)
        {
            return _modes.TryGetValue(pinNumber, out var mode)
                ? mode
                : throw new InvalidOperationException($"pin {pinNumber} is not open");
        }
    }

    protected override bool IsPinModeSupported(int pinNumber, PinMode mode) => pinNumber >= 0 && pinNumber < pinCount;

    protected override PinValue Read(int pinNumber) => Level(pinNumber);

    protected override void Write(int pinNumber, PinValue value)
    {
        lock (_gate)
        {
            if (_modes.GetValueOrDefault(pinNumber) != PinMode.Output)
            {
                throw new InvalidOperationException($"pin {pinNumber} is not open as an output");
            }

            _levels[pinNumber] = value;
            _writes.Add(new PinWrite(pinNumber, value == PinValue.High));
        }
    }

    protected override WaitForEventResult WaitForEvent(int pinNumber, PinEventTypes eventTypes, CancellationToken cancellationToken) =>
        throw new NotSupportedException("the hub listens with callbacks; waiting on a pin is not simulated");

    protected override void AddCallbackForPinValueChangedEvent(int pinNumber, PinEventTypes eventTypes, PinChangeEventHandler callback)
    {
        lock (_gate)
        {
            if (!_callbacks.TryGetValue(pinNumber, out var list))
            {
                _callbacks[pinNumber] = list = [];
            }

            list.Add((eventTypes, callback));
        }
    }

    protected override void RemoveCallbackForPinValueChangedEvent(int pinNumber, PinChangeEventHandler callback)
    {
        lock (_gate)
        {
            _callbacks.GetValueOrDefault(pinNumber)?.RemoveAll(c => c.Callback == callback);
        }
    }
}
