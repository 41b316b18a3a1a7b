using EdgeQueue.Firmware.Core.Hardware;

namespace EdgeQueue.Firmware.Core.Display
{
    /// <summary>
    /// An 8-digit 7-segment module driven by a MAX7219, as register writes (datasheet register map):
    /// 0x01–0x08 digit 0–7, 0x09 decode mode, 0x0A intensity (0–15), 0x0B scan limit, 0x0C shutdown
    /// (0 = shut down, 1 = normal), 0x0F display test. No-decode mode with the project's own font
    /// (<see cref="SegmentFont"/>) so letters can be drawn. On the common modules digit 0 is the
    /// rightmost, so the text's first character goes to register 0x08.
    /// <para>The chip keeps its digit registers through shutdown, so darkening and lighting again
    /// (a blink) is one frame each; the digits are written only when the text changes. The chip
    /// powers up shut down with unknown digits; the first output initialises every register.</para>
    /// </summary>
    public sealed class Max7219Display : IBoardDisplay
    {
        public const byte RegisterDigit0 = 0x01;
        public const byte RegisterDecodeMode = 0x09;
        public const byte RegisterIntensity = 0x0A;
        public const byte RegisterScanLimit = 0x0B;
        public const byte RegisterShutdown = 0x0C;
        public const byte RegisterDisplayTest = 0x0F;
        public const int DigitCount = 8;
        public const int MaxIntensity = 15;

        /// <summary>Brightness before the hub's config says otherwise (percent).</summary>
        public const int DefaultBrightness = 50;

        private readonly IMax7219Bus _bus;
        private readonly byte[] _digits = new byte[DigitCount];
        private bool _initialised;
        private bool _lit;
        private int _intensity = IntensityFor(DefaultBrightness);

        public Max7219Display(IMax7219Bus bus)
        {
            _bus = bus;
        }

        /// <summary>The intensity register's value now (0..15).</summary>
        public int Intensity
        {
            get { return _intensity; }
        }

        /// <summary>Whether the chip is out of shutdown.</summary>
        public bool IsLit
        {
            get { return _lit; }
        }

        /// <summary>Percent 0..100 to the 16 intensity steps; 0 is the chip's dimmest (it has no "off" step: dark is <see cref="Darken"/>).</summary>
        public static int IntensityFor(int percent)
        {
            if (percent <= 0)
            {
                return 0;
            }

            var level = ((percent * MaxIntensity) + 50) / 100;
            return level > MaxIntensity ? MaxIntensity : level;
        }

        public void Show(string text)
        {
            EnsureInitialised();
            var segments = SegmentFont.EncodeText(text, DigitCount);
            for (var i = 0; i < DigitCount; i++)
            {
                var value = SegmentFont.ToMax7219(segments[i]);
                if (value != _digits[i])
                {
                    _digits[i] = value;
                    WriteDigit(i);
                }
            }

            if (!_lit)
            {
                _bus.Write(RegisterShutdown, 0x01);
                _lit = true;
            }
        }

        public void Darken()
        {
            EnsureInitialised();
            if (_lit)
            {
                _bus.Write(RegisterShutdown, 0x00);
                _lit = false;
            }
        }

        public void SetBrightness(int percent)
        {
            _intensity = IntensityFor(percent);
            if (_initialised)
            {
                _bus.Write(RegisterIntensity, (byte)_intensity);
            }
        }

        private void EnsureInitialised()
        {
            if (_initialised)
            {
                return;
            }

            _bus.Write(RegisterDisplayTest, 0x00);
            _bus.Write(RegisterScanLimit, DigitCount - 1);
            _bus.Write(RegisterDecodeMode, 0x00);
            _bus.Write(RegisterIntensity, (byte)_intensity);
            _bus.Write(RegisterShutdown, 0x00);
            for (var i = 0; i < DigitCount; i++)
            {
                WriteDigit(i);
            }

            _initialised = true;
        }

        private void WriteDigit(int position)
        {
            // Text position 0 (leftmost) is the chip's digit 7 (register 0x08).
            _bus.Write((byte)(RegisterDigit0 + (DigitCount - 1 - position)), _digits[position]);
        }
    }
}
