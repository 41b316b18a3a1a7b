using System.Device.Spi;
using Iot.Device.Ws28xx;

namespace EdgeQueue.Hardware.Indicators;

/// <summary>
/// One WS2812B ("NeoPixel") as the status light, through the bindings' <see cref="Ws2812b"/> on SPI
/// (MOSI at 2.4 MHz carries the LED's 800 kHz signal, three SPI bits per data bit). One data pin,
/// any colour; the brightness scales the colours (a bare WS2812 at full white dazzles).
/// </summary>
public sealed class Ws2812StatusLight : BlinkingLight
{
    /// <summary>The SPI clock the bindings' encoding assumes.</summary>
    public const int SpiClockFrequency = 2_400_000;

    private readonly SpiDevice _spi;
    private readonly Ws2812b _led;
    private readonly double _brightness;

    /// <param name="brightness">0-100 % of full colour.</param>
    public Ws2812StatusLight(SpiDevice spi, int brightness = 40, TimeProvider? time = null)
        : base(time)
    {
        ArgumentNullException.ThrowIfNull(spi);
        ArgumentOutOfRangeException.ThrowIfNegative(brightness);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(brightness, 100);
        _spi = spi;
        _brightness = brightness / 100.0;
        _led = new Ws2812b(spi, 1);
        Drive(StatusLightColor.Off);
    }

    protected override void Drive(StatusLightColor color)
    {
        var (r, g, b) = color switch
        {
            StatusLightColor.Green => (0, 255, 0),
            StatusLightColor.Amber => (255, 150, 0),
            StatusLightColor.Red => (255, 0, 0),
            StatusLightColor.Blue => (0, 0, 255),
            _ => (0, 0, 0),
        };
        _led.Image.SetPixel(0, 0, System.Drawing.Color.FromArgb(Scale(r), Scale(g), Scale(b)));
        _led.Update();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _spi.Dispose();
        }
    }

    private int Scale(int component) => (int)Math.Round(component * _brightness);
}
