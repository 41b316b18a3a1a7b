using System.Device.Spi;

namespace EdgeQueue.Simulation.Lights;

/// <summary>
/// WS2812B LEDs behind an <see cref="SpiDevice"/> (the library's extension point), decoded by the
/// LED's protocol as SPI at 2.4 MHz carries it: each data bit is three SPI bits, 110 for a one and
/// 100 for a zero; each LED takes 24 data bits, green, red, blue, most significant first; trailing
/// zero bytes are the reset gap. A pattern that is neither 110 nor 100 is refused, as the LED
/// would show the wrong colour.
/// </summary>
public sealed class SimulatedWs2812Strip(int leds) : SpiDevice
{
    private readonly Lock _gate = new();
    private readonly (byte R, byte G, byte B)[] _colors = new (byte, byte, byte)[leds];

    public override SpiConnectionSettings ConnectionSettings { get; } = new(0, 1) { ClockFrequency = 2_400_000 };

    /// <summary>How many frames were written.</summary>
    public int Frames { get; private set; }

    public (byte R, byte G, byte B) Color(int led)
    {
        lock (_gate)
        {
            return _colors[led];
        }
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (buffer.Length < leds * 9)
        {
            throw new InvalidOperationException($"a frame for {leds} WS2812 LEDs needs {leds * 9} bytes, not {buffer.Length}");
        }

        var decoded = new (byte, byte, byte)[leds];
        for (var led = 0; led < leds; led++)
        {
            var green = Component(buffer.Slice(led * 9, 3));
            var red = Component(buffer.Slice((led * 9) + 3, 3));
            var blue = Component(buffer.Slice((led * 9) + 6, 3));
            decoded[led] = (red, green, blue);
        }

        lock (_gate)
        {
            decoded.CopyTo(_colors, 0);
            Frames++;
        }
    }

    public override void Read(Span<byte> buffer) => throw new NotSupportedException("a WS2812 has no data out to read");

    public override void TransferFullDuplex(ReadOnlySpan<byte> writeBuffer, Span<byte> readBuffer) => Write(writeBuffer);

    private static byte Component(ReadOnlySpan<byte> three)
    {
        var bits = (three[0] << 16) | (three[1] << 8) | three[2];
        var value = 0;
        for (var i = 7; i >= 0; i--)
        {
            var symbol = (bits >> (i * 3)) & 0b111;
            value = (value << 1) | symbol switch
            {
                0b110 => 1,
                0b100 => 0,
                _ => throw new InvalidOperationException($"SPI bits {Convert.ToString(symbol, 2).PadLeft(3, '0')} are not a WS2812 data bit (110 or 100)"),
            };
        }

        return (byte)value;
    }
}
