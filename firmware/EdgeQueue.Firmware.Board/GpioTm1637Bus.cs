using System.Device.Gpio;
using EdgeQueue.Firmware.Core.Hardware;

namespace EdgeQueue.Firmware.Board
{
    /// <summary>
    /// The TM1637's CLK and DIO on two GPIOs, open-drain by hand: "high" releases the line to the
    /// module's pull-up resistor (the pin becomes an input), "low" drives it low. DIO must be released
    /// for the chip's ACK, which a push-pull output would fight.
    /// </summary>
    public sealed class GpioTm1637Bus : ITm1637Bus
    {
        private readonly GpioPin _clock;
        private readonly GpioPin _data;

        public GpioTm1637Bus(GpioController gpio, int clockPin, int dataPin)
        {
            _clock = gpio.OpenPin(clockPin, PinMode.InputPullUp);
            _data = gpio.OpenPin(dataPin, PinMode.InputPullUp);
        }

        public void SetClock(bool high)
        {
            Drive(_clock, high);
        }

        public void SetData(bool high)
        {
            Drive(_data, high);
        }

        public bool ReadData()
        {
            return _data.Read() == PinValue.High;
        }

        public void Pause()
        {
            // Nothing to wait: one managed GPIO call on nanoFramework's interpreter takes tens of
            // microseconds, well above the 2 µs per half clock the TM1637 needs.
        }

        private static void Drive(GpioPin pin, bool high)
        {
            if (high)
            {
                pin.SetPinMode(PinMode.InputPullUp);
            }
            else
            {
                pin.SetPinMode(PinMode.Output);
                pin.Write(PinValue.Low);
            }
        }
    }
}
