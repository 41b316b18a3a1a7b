using System.Device.Gpio;
using EdgeQueue.Firmware.Core.Hardware;

namespace EdgeQueue.Firmware.CounterDisplay
{
    /// <summary>
    /// DIN, CLK and LOAD of the MAX7219 as three push-pull outputs: the chip only listens, so unlike
    /// the TM1637 no line needs releasing. The core's Max7219BitBangBus decides the edges.
    /// </summary>
    public sealed class GpioMax7219Pins : IMax7219Pins
    {
        private readonly GpioPin _data;
        private readonly GpioPin _clock;
        private readonly GpioPin _load;

        public GpioMax7219Pins(GpioController gpio, int dataPin, int clockPin, int loadPin)
        {
            _data = gpio.OpenPin(dataPin, PinMode.Output);
            _clock = gpio.OpenPin(clockPin, PinMode.Output);
            _load = gpio.OpenPin(loadPin, PinMode.Output);
        }

        public void SetData(bool high)
        {
            _data.Write(high ? PinValue.High : PinValue.Low);
        }

        public void SetClock(bool high)
        {
            _clock.Write(high ? PinValue.High : PinValue.Low);
        }

        public void SetLoad(bool high)
        {
            _load.Write(high ? PinValue.High : PinValue.Low);
        }
    }
}
