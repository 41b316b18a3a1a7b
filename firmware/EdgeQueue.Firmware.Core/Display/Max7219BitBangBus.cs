using EdgeQueue.Firmware.Core.Hardware;

namespace EdgeQueue.Firmware.Core.Display
{
    /// <summary>
    /// SPI mode 0 by hand for the MAX7219: LOAD goes low, the 16 bits go out MSB first (register byte,
    /// then data byte), each set on DIN while CLK is low and taken by the chip on CLK's rising edge;
    /// LOAD rising latches the frame. CLK idles low, LOAD idles high. The chip needs 50 ns per half
    /// clock; one managed GPIO call on the device takes microseconds, so no pauses are needed.
    /// Portable so that its edges are tested on the host; the board gives it three GPIO outputs.
    /// </summary>
    public sealed class Max7219BitBangBus : IMax7219Bus
    {
        private readonly IMax7219Pins _pins;

        public Max7219BitBangBus(IMax7219Pins pins)
        {
            _pins = pins;
            _pins.SetClock(false);
            _pins.SetLoad(true);
        }

        public void Write(byte register, byte data)
        {
            _pins.SetLoad(false);
            var frame = (register << 8) | data;
            for (var bit = 15; bit >= 0; bit--)
            {
                _pins.SetData(((frame >> bit) & 1) == 1);
                _pins.SetClock(true);
                _pins.SetClock(false);
            }

            _pins.SetLoad(true);
        }
    }
}
