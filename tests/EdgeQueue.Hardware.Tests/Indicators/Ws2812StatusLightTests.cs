using EdgeQueue.Hardware.Indicators;
using EdgeQueue.Simulation.Lights;
using EdgeQueue.Testing;

namespace EdgeQueue.Hardware.Tests.Indicators;

/// <summary>The light through the bindings' Ws2812b down to SPI bytes, decoded by the LED's bit protocol.</summary>
public sealed class Ws2812StatusLightTests
{
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 12, 4, 8, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(StatusLightColor.Green, 0, 255, 0)]
    [InlineData(StatusLightColor.Amber, 255, 150, 0)]
    [InlineData(StatusLightColor.Red, 255, 0, 0)]
    [InlineData(StatusLightColor.Blue, 0, 0, 255)]
    public void Show_Color_TheLedGetsItsRedGreenBlue(StatusLightColor color, int red, int green, int blue)
    {
        var strip = new SimulatedWs2812Strip(1);
        using var light = new Ws2812StatusLight(strip, brightness: 100, _clock);

        light.Show(color);

        Assert.Equal(((byte)red, (byte)green, (byte)blue), strip.Color(0));
    }

    [Fact]
    public void Show_AtFortyPercent_ColoursScaled()
    {
        var strip = new SimulatedWs2812Strip(1);
        using var light = new Ws2812StatusLight(strip, brightness: 40, _clock);

        light.Show(StatusLightColor.Amber);

        Assert.Equal(((byte)102, (byte)60, (byte)0), strip.Color(0));
    }

    [Fact]
    public void Show_Blinking_DarkEveryOtherHalfPeriod()
    {
        var strip = new SimulatedWs2812Strip(1);
        using var light = new Ws2812StatusLight(strip, brightness: 100, _clock);

        light.Show(StatusLightColor.Blue, blinking: true);
        var lit = strip.Color(0);
        _clock.Advance(BlinkingLight.BlinkHalfPeriod);
        var dark = strip.Color(0);
        _clock.Advance(BlinkingLight.BlinkHalfPeriod);

        Assert.Equal(((byte)0, (byte)0, (byte)255), lit);
        Assert.Equal(((byte)0, (byte)0, (byte)0), dark);
        Assert.Equal(lit, strip.Color(0));
    }

    [Fact]
    public void Dispose_Light_Dark()
    {
        var strip = new SimulatedWs2812Strip(1);
        var light = new Ws2812StatusLight(strip, brightness: 100, _clock);
        light.Show(StatusLightColor.Red);

        light.Dispose();

        Assert.Equal(((byte)0, (byte)0, (byte)0), strip.Color(0));
    }
}
