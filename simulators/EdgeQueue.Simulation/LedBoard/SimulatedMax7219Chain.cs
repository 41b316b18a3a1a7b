using System.Device.Spi;
using EdgeQueue.Hardware.LedBoard;
using EdgeQueue.Simulation.Reporting.Imaging;

namespace EdgeQueue.Simulation.LedBoard;

/// <summary>
/// A chain of MAX7219 chips behind an <see cref="SpiDevice"/> (the library's extension point), by
/// the datasheet's register map: each write of 2×N bytes is one latch; the first 16 bits shift
/// through to the chip farthest from the Pi, the last 16 stay in chip 0. Registers 0x01–0x08 are
/// the digit (row) registers, 0x09 decode mode, 0x0A intensity, 0x0B scan limit, 0x0C shutdown,
/// 0x0F display test, 0x00 no-op. A write that is not 2×N bytes is refused: a real chain would
/// show garbage.
/// </summary>
public sealed class SimulatedMax7219Chain(int chips) : SpiDevice
{
    private readonly Lock _gate = new();
    private readonly byte[,] _digits = new byte[chips, 8];
    private readonly byte[] _intensity = new byte[chips];
    private readonly bool[] _on = new bool[chips];
    private readonly byte[] _decode = new byte[chips];
    private readonly byte[] _scanLimit = new byte[chips];
    private readonly bool[] _test = new bool[chips];

    public int Chips => chips;

    /// <summary>How many latches (chip-select pulses) the chain has seen.</summary>
    public int Latches { get; private set; }

    public override SpiConnectionSettings ConnectionSettings { get; } = new(0, 0) { ClockFrequency = 10_000_000, Mode = SpiMode.Mode0 };

    public byte Intensity(int chip) => Read(() => _intensity[chip]);

    /// <summary>Lit: out of shutdown, and either in display test or showing its digit registers.</summary>
    public bool IsOn(int chip) => Read(() => _on[chip]);

    public bool AllConfigured => Read(() => Enumerable.Range(0, chips).All(c => _on[c] && _decode[c] == 0 && _scanLimit[c] == 7 && !_test[c]));

    /// <summary>What the board shows now: each chip's pixels at its place in <paramref name="layout"/> (bit 7 = left).</summary>
    public LedImage Image(LedBoardLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var image = new LedImage(layout.Width, layout.Height);
        lock (_gate)
        {
            for (var chip = 0; chip < Math.Min(chips, layout.Modules); chip++)
            {
                var left = chip % layout.ModulesPerRow * 8;
                var top = chip / layout.ModulesPerRow * 8;
                for (var row = 0; row < 8; row++)
                {
                    for (var column = 0; column < 8; column++)
                    {
                        image[left + column, top + row] = _on[chip] && (_test[chip] || (_digits[chip, row] & (0x80 >> column)) != 0);
                    }
                }
            }
        }

        return image;
    }

    /// <summary>The board as a PNG: red lit LEDs on a dark face, each LED a dot of <paramref name="scale"/> pixels.</summary>
    public byte[] Png(LedBoardLayout layout, int scale = 6)
    {
        var image = Image(layout);
        var raster = new Raster(image.Width * scale, image.Height * scale, new Rgb(20, 20, 20));
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                raster.FillRectangle((x * scale) + 1, (y * scale) + 1, scale - 2, scale - 2, image[x, y] ? new Rgb(255, 40, 20) : new Rgb(55, 25, 25));
            }
        }

        return PngEncoder.Encode(raster);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (buffer.Length != 2 * chips)
        {
            throw new InvalidOperationException($"a latch of a {chips}-chip MAX7219 chain takes {2 * chips} bytes, not {buffer.Length}");
        }

        lock (_gate)
        {
            for (var i = 0; i < chips; i++)
            {
                // The first pair written has shifted through to the farthest chip when CS rises.
                Apply(chips - 1 - i, buffer[2 * i], buffer[(2 * i) + 1]);
            }

            Latches++;
        }
    }

    public override void Read(Span<byte> buffer) => throw new NotSupportedException("a MAX7219 has no data out to read");

    public override void TransferFullDuplex(ReadOnlySpan<byte> writeBuffer, Span<byte> readBuffer) => Write(writeBuffer);

    private void Apply(int chip, byte register, byte data)
    {
        switch (register)
        {
            case >= 0x01 and <= 0x08:
                _digits[chip, register - 1] = data;
                break;
            case 0x09:
                _decode[chip] = data;
                break;
            case 0x0A:
                _intensity[chip] = (byte)(data & 0x0F);
                break;
            case 0x0B:
                _scanLimit[chip] = (byte)(data & 0x07);
                break;
            case 0x0C:
                _on[chip] = (data & 1) == 1;
                break;
            case 0x0F:
                _test[chip] = (data & 1) == 1;
                break;
            default:
                break; // 0x00 no-op and unused addresses
        }
    }

    private T Read<T>(Func<T> read)
    {
        lock (_gate)
        {
            return read();
        }
    }
}
