using EdgeQueue.Firmware.Core.Display;
using EdgeQueue.Firmware.Core.Hardware;

namespace EdgeQueue.Simulator.Devices;

/// <summary>
/// The counter display's MAX7219 at the byte level: it takes the frames the firmware's
/// <see cref="Max7219Display"/> writes and keeps the chip's registers, so what a resident would read
/// comes from the register map, not from the firmware's own idea of its text.
/// </summary>
internal sealed class SimulatedMax7219 : IMax7219Bus
{
    private const int Registers = 16;
    private const int Digits = 8;

    // Segment pattern (DP A B C D E F G) → character, for reading the digits back; digits win over look-alike letters.
    private static readonly Dictionary<byte, char> Glyphs = BuildGlyphs();

    private readonly byte[] _registers = new byte[Registers];
    private readonly object _lock = new();

    public int Frames { get; private set; }

    /// <summary>The text on the eight digits as a resident reads it, or empty while the chip is shut down.</summary>
    public string Reads
    {
        get
        {
            lock (_lock)
            {
                if (_registers[Max7219Display.RegisterShutdown] == 0)
                {
                    return string.Empty;
                }

                var text = new char[Digits];
                for (var i = 0; i < Digits; i++)
                {
                    // The leftmost digit is the chip's digit 7 (register 0x08).
                    text[i] = Glyphs.GetValueOrDefault(_registers[Max7219Display.RegisterDigit0 + Digits - 1 - i], '?');
                }

                return new string(text);
            }
        }
    }

    public int Intensity
    {
        get
        {
            lock (_lock)
            {
                return _registers[Max7219Display.RegisterIntensity];
            }
        }
    }

    public void Write(byte register, byte data)
    {
        lock (_lock)
        {
            // Only the low nibble addresses a register; 0x00 is the chip's no-op.
            _registers[register & 0x0F] = data;
            Frames++;
        }
    }

    private static Dictionary<byte, char> BuildGlyphs()
    {
        var glyphs = new Dictionary<byte, char> { [0] = ' ' };
        foreach (var c in "0123456789-AbCcdEFGHhIJLnoPqrStUuyZ_=")
        {
            glyphs.TryAdd(SegmentFont.ToMax7219(SegmentFont.Encode(c)), c);
        }

        return glyphs;
    }
}
