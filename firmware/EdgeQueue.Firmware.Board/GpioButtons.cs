using System;
using System.Collections;
using System.Device.Gpio;
using System.Threading;
using EdgeQueue.Firmware.Core.Buttons;

namespace EdgeQueue.Firmware.Board
{
    /// <summary>
    /// Push buttons between a GPIO and ground (internal pull-up: pressed reads low). The pin's own
    /// DebounceTimeout filters the worst contact bounce in the driver; every remaining edge is
    /// stamped with the monotonic clock in the interrupt callback and queued, and the device loop
    /// hands the edges to the core's <see cref="ButtonPanel"/>, which debounces again and recognises
    /// gestures. The callback runs on the runtime's event thread, hence the lock.
    /// </summary>
    public sealed class GpioButtons
    {
        /// <summary>The driver-level debounce; the core adds its own (DeviceSettings.DebounceMs) on top.</summary>
        public const int DriverDebounceMs = 10;

        /// <summary>Edges kept at most between two loop turns; more is a stuck or noisy line.</summary>
        private const int MaxQueued = 64;

        private readonly GpioPin[] _pins;
        private readonly Queue _edges = new Queue();
        private readonly object _lock = new object();

        public GpioButtons(GpioController gpio, int[] pinNumbers)
        {
            _pins = new GpioPin[pinNumbers.Length];
            for (var i = 0; i < pinNumbers.Length; i++)
            {
                var pin = gpio.OpenPin(pinNumbers[i], PinMode.InputPullUp);
                pin.DebounceTimeout = new TimeSpan(0, 0, 0, 0, DriverDebounceMs);
                pin.ValueChanged += OnValueChanged;
                _pins[i] = pin;
            }
        }

        /// <summary>Edges dropped because the queue was full.</summary>
        public int Dropped { get; private set; }

        /// <summary>Hands the queued edges to the core, oldest first; called from the device loop.</summary>
        public void Drain(ButtonPanel panel)
        {
            while (true)
            {
                ButtonEdgeRecord edge;
                Monitor.Enter(_lock);
                try
                {
                    if (_edges.Count == 0)
                    {
                        return;
                    }

                    edge = (ButtonEdgeRecord)_edges.Dequeue();
                }
                finally
                {
                    Monitor.Exit(_lock);
                }

                panel.Edge(edge.Button, edge.Pressed, edge.AtMs);
            }
        }

        private void OnValueChanged(object sender, PinValueChangedEventArgs e)
        {
            var at = Environment.TickCount64;
            var button = IndexOf(e.PinNumber);
            if (button < 0)
            {
                return;
            }

            // Pull-up wiring: a falling edge is a press.
            var record = new ButtonEdgeRecord(button, e.ChangeType == PinEventTypes.Falling, at);
            Monitor.Enter(_lock);
            try
            {
                if (_edges.Count >= MaxQueued)
                {
                    Dropped++;
                    return;
                }

                _edges.Enqueue(record);
            }
            finally
            {
                Monitor.Exit(_lock);
            }
        }

        private int IndexOf(int pinNumber)
        {
            for (var i = 0; i < _pins.Length; i++)
            {
                if (_pins[i].PinNumber == pinNumber)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
