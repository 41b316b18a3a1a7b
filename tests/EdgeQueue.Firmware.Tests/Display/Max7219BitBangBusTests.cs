using EdgeQueue.Firmware.Core.Display;
using EdgeQueue.Firmware.Core.Hardware;

namespace EdgeQueue.Firmware.Tests.Display;

/// <summary>The bit-banged SPI (mode 0, MSB first, LOAD latch) at the pin edges, read back as the chip would.</summary>
public sealed class Max7219BitBangBusTests
{
    /// <summary>
    /// The MAX7219's serial side: shifts DIN in on each CLK rising edge while LOAD is low and latches
    /// the last 16 bits when LOAD rises. Also notes any DIN change while CLK is high (mode 0 forbids it).
    /// </summary>
    private sealed class Max7219Chip : IMax7219Pins
    {
        private bool _data;
        private int _shift;
        private int _bitsInFrame;

        public bool Clock { get; private set; } = true;

        public bool Load { get; private set; }

        public List<(byte Register, byte Data, int Bits)> Latched { get; } = [];

        public int DataChangesWhileClockHigh { get; private set; }

        public void SetData(bool high)
        {
            if (Clock && high != _data)
            {
                DataChangesWhileClockHigh++;
            }

            _data = high;
        }

        public void SetClock(bool high)
        {
            if (high && !Clock && !Load)
            {
                _shift = ((_shift << 1) | (_data ? 1 : 0)) & 0xFFFF;
                _bitsInFrame++;
            }

            Clock = high;
        }

        public void SetLoad(bool high)
        {
            if (high && !Load)
            {
                Latched.Add(((byte)(_shift >> 8), (byte)_shift, _bitsInFrame));
            }

            if (!high)
            {
                _bitsInFrame = 0;
            }

            Load = high;
        }
    }

    [Fact]
    public void Write_Frames_ChipLatchesRegisterAndDataMsbFirstSixteenClocksEach()
    {
        var chip = new Max7219Chip();
        var bus = new Max7219BitBangBus(chip);
        var latchedAtIdle = chip.Latched.Count;

        bus.Write(0x0A, 0x0C);
        bus.Write(0x08, 0x77);
        bus.Write(0x01, 0x80);

        Assert.Equal([(0x0A, 0x0C, 16), (0x08, 0x77, 16), (0x01, 0x80, 16)], chip.Latched.Skip(latchedAtIdle));
        Assert.Equal(0, chip.DataChangesWhileClockHigh);
    }

    [Fact]
    public void Write_AfterFrame_ClockIdlesLowAndLoadHigh()
    {
        var chip = new Max7219Chip();
        var bus = new Max7219BitBangBus(chip);
        Assert.False(chip.Clock);
        Assert.True(chip.Load);

        bus.Write(0x0C, 0x01);

        Assert.False(chip.Clock);
        Assert.True(chip.Load);
    }
}
