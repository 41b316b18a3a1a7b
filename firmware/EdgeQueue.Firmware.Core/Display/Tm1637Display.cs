using EdgeQueue.Firmware.Core.Hardware;

namespace EdgeQueue.Firmware.Core.Display
{
    /// <summary>
    /// A 4-digit TM1637 module, bit-banged over its two-wire bus. The chip's protocol: start (DIO
    /// falls while CLK is high), bytes LSB first clocked on CLK's rising edge, an ACK bit (the chip
    /// pulls DIO low on the ninth clock), stop (DIO rises while CLK is high). A frame "data command
    /// 0x40 (auto-increment)", then "address 0xC0 + four segment bytes", then "display control
    /// 0x88 | brightness 0..7" (0x80 = display off).
    /// </summary>
    public sealed class Tm1637Display : ISegmentDisplay
    {
        public const byte DataCommandAutoIncrement = 0x40;
        public const byte AddressCommand = 0xC0;
        public const byte DisplayOn = 0x88;
        public const byte DisplayOff = 0x80;
        public const int DigitCount = 4;

        private readonly ITm1637Bus _bus;
        private byte _control = DisplayOn | 0x04;

        public Tm1637Display(ITm1637Bus bus)
        {
            _bus = bus;
        }

        /// <summary>Bytes the chip did not acknowledge (a loose wire shows up here).</summary>
        public int MissingAcks { get; private set; }

        public void Show(string text)
        {
            var segments = SegmentFont.EncodeText(text, DigitCount);
            Start();
            WriteByte(DataCommandAutoIncrement);
            Stop();

            Start();
            WriteByte(AddressCommand);
            for (var i = 0; i < segments.Length; i++)
            {
                WriteByte(segments[i]);
            }

            Stop();
            WriteControl();
        }

        public void SetBrightness(int percent)
        {
            if (percent <= 0)
            {
                _control = DisplayOff;
            }
            else
            {
                var level = ((percent * 7) + 50) / 100;
                _control = (byte)(DisplayOn | (level > 7 ? 7 : level));
            }

            WriteControl();
        }

        private void WriteControl()
        {
            Start();
            WriteByte(_control);
            Stop();
        }

        private void Start()
        {
            _bus.SetClock(true);
            _bus.SetData(true);
            _bus.Pause();
            _bus.SetData(false);
            _bus.Pause();
        }

        private void Stop()
        {
            _bus.SetClock(false);
            _bus.Pause();
            _bus.SetData(false);
            _bus.Pause();
            _bus.SetClock(true);
            _bus.Pause();
            _bus.SetData(true);
            _bus.Pause();
        }

        private void WriteByte(byte value)
        {
            for (var bit = 0; bit < 8; bit++)
            {
                _bus.SetClock(false);
                _bus.SetData(((value >> bit) & 1) == 1);
                _bus.Pause();
                _bus.SetClock(true);
                _bus.Pause();
            }

            // Ninth clock: release DIO and let the chip acknowledge by pulling it low.
            _bus.SetClock(false);
            _bus.SetData(true);
            _bus.Pause();
            _bus.SetClock(true);
            _bus.Pause();
            if (_bus.ReadData())
            {
                MissingAcks++;
            }

            _bus.SetClock(false);
            _bus.Pause();
        }
    }
}
