using System.Device.Gpio;
using EdgeQueue.Firmware.Core.Hardware;

namespace EdgeQueue.Firmware.Board
{
    /// <summary>An LED on a GPIO (through a resistor or a transistor), lit when the pin is high.</summary>
    public sealed class GpioLed : ILed
    {
        private readonly GpioPin _pin;

        public GpioLed(GpioController gpio, int pinNumber)
        {
            _pin = gpio.OpenPin(pinNumber, PinMode.Output);
            _pin.Write(PinValue.Low);
        }

        public void Set(bool on)
        {
            _pin.Write(on ? PinValue.High : PinValue.Low);
        }
    }
}
