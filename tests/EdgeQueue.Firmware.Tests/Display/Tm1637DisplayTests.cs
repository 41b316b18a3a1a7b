using EdgeQueue.Firmware.Core.Display;
using EdgeQueue.Firmware.Core.Hardware;

namespace EdgeQueue.Firmware.Tests.Display;

public sealed class Tm1637DisplayTests
{
    /// <summary>
    /// The chip's side of the two wires: decodes start/stop conditions and bytes (LSB first, sampled
    /// on CLK rising) and acknowledges each byte by pulling DIO low on the ninth clock.
    /// </summary>
    private sealed class Tm1637Chip : ITm1637Bus
    {
        private bool _clock = true;
        private bool _data = true;
        private int _bits;
        private int _value;
        private List<byte>? _frame;
        private bool _acking;

        public List<byte[]> Frames { get; } = [];

        public bool Acknowledge { get; set; } = true;

        public void SetClock(bool high)
        {
            if (!high)
            {
                _acking = false; // the chip releases DIO on the falling edge after the ninth clock
            }

            if (high && !_clock && _frame is not null)
            {
                if (_bits < 8)
                {
                    _value |= (_data ? 1 : 0) << _bits;
                }

                _bits++;
                if (_bits == 9)
                {
                    _frame.Add((byte)_value);
                    _acking = true;
                    _bits = 0;
                    _value = 0;
                }
            }

            _clock = high;
        }

        public void SetData(bool high)
        {
            if (_clock && _data && !high)
            {
                _frame = [];
                _bits = 0;
                _value = 0;
            }
            else if (_clock && !_data && high && _frame is not null)
            {
                Frames.Add([.. _frame]);
                _frame = null;
            }

            _data = high;
        }

        public bool ReadData() => !(Acknowledge && (_bits == 8 || _acking));

        public void Pause()
        {
        }
    }

    [Fact]
    public void Show_Ticket_SendsDataCommandAddressWithSegmentsAndDisplayControl()
    {
        var chip = new Tm1637Chip();
        var display = new Tm1637Display(chip);

        display.Show("A017");

        Assert.Equal(3, chip.Frames.Count);
        Assert.Equal([0x40], chip.Frames[0]);
        Assert.Equal([0xC0, 0x77, 0x3F, 0x06, 0x07], chip.Frames[1]);
        Assert.Equal([0x8C], chip.Frames[2]);
        Assert.Equal(0, display.MissingAcks);
    }

    [Theory]
    [InlineData(0, 0x80)]
    [InlineData(1, 0x88)]
    [InlineData(60, 0x8C)]
    [InlineData(100, 0x8F)]
    public void SetBrightness_Percent_MapsToEightStepsOrOff(int percent, int control)
    {
        var chip = new Tm1637Chip();

        new Tm1637Display(chip).SetBrightness(percent);

        Assert.Equal([(byte)control], Assert.Single(chip.Frames));
    }

    [Fact]
    public void Show_NoChipAnswering_CountsMissingAcks()
    {
        var chip = new Tm1637Chip { Acknowledge = false };
        var display = new Tm1637Display(chip);

        display.Show("----");

        Assert.Equal(7, display.MissingAcks);
    }

    [Theory]
    [InlineData("nonE", new byte[] { 0x54, 0x5C, 0x54, 0x79 })]
    [InlineData("St05", new byte[] { 0x6D, 0x78, 0x3F, 0x6D })]
    [InlineData("t- B", new byte[] { 0x78, 0x40, 0x00, 0x7C })]
    [InlineData("OFF ", new byte[] { 0x3F, 0x71, 0x71, 0x00 })]
    [InlineData("Err3", new byte[] { 0x79, 0x50, 0x50, 0x4F })]
    [InlineData("KW", new byte[] { 0x00, 0x00, 0x00, 0x00 })]
    [InlineData("C 12345", new byte[] { 0x39, 0x00, 0x06, 0x5B })]
    public void EncodeText_KeypadTexts_DrawnOrBlank(string text, byte[] expected)
    {
        Assert.Equal(expected, SegmentFont.EncodeText(text, 4));
    }
}
