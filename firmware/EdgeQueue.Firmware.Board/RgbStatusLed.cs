using System.Device.Gpio;
using EdgeQueue.Firmware.Core.Hardware;

namespace EdgeQueue.Firmware.Board
{
    /// <summary>A common-cathode RGB LED on three GPIOs; amber is red and green together.</summary>
    public sealed class RgbStatusLed : IStatusLed
    {
        private readonly GpioPin _red;
        private readonly GpioPin _green;
        private readonly GpioPin _blue;

        public RgbStatusLed(GpioController gpio, int redPin, int greenPin, int bluePin)
        {
            _red = gpio.OpenPin(redPin, PinMode.Output);
            _green = gpio.OpenPin(greenPin, PinMode.Output);
            _blue = gpio.OpenPin(bluePin, PinMode.Output);
            Show(LedColor.Off);
        }

        public void Show(LedColor color)
        {
            _red.Write(color == LedColor.Red || color == LedColor.Amber ? PinValue.High : PinValue.Low);
            _green.Write(color == LedColor.Green || color == LedColor.Amber ? PinValue.High : PinValue.Low);
            _blue.Write(color == LedColor.Blue ? PinValue.High : PinValue.Low);
        }
    }
}
