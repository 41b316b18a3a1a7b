using System.Device.Gpio;
using EdgeQueue.Hardware.Indicators;
using EdgeQueue.Simulation.Gpio;
using EdgeQueue.Testing;

namespace EdgeQueue.Hardware.Tests.Indicators;

/// <summary>The light through a real <see cref="GpioController"/>; the simulated driver records the pin levels.</summary>
public sealed class RgbStatusLightTests : IDisposable
{
    private static readonly RgbPins Pins = new(17, 27, 22);
    private readonly SimulatedGpioDriver _pins = new();
    private readonly GpioController _controller;
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 12, 4, 8, 0, 0, TimeSpan.Zero));

    public RgbStatusLightTests() => _controller = new GpioController(_pins);

    public void Dispose() => _controller.Dispose();

    [Theory]
    [InlineData(StatusLightColor.Green, false, true, false)]
    [InlineData(StatusLightColor.Amber, true, true, false)]
    [InlineData(StatusLightColor.Red, true, false, false)]
    [InlineData(StatusLightColor.Blue, false, false, true)]
    [InlineData(StatusLightColor.Off, false, false, false)]
    public void Show_Color_DrivesTheRedGreenAndBluePins(StatusLightColor color, bool red, bool green, bool blue)
    {
        using var light = new RgbStatusLight(_controller, Pins, _clock);
        light.Show(StatusLightColor.Blue);

        light.Show(color);

        Assert.Equal((red, green, blue), Levels(Pins));
    }

    [Fact]
    public void Show_CommonAnode_PinsGoLowToLight()
    {
        var anode = Pins with { ActiveLow = true };
        using var light = new RgbStatusLight(_controller, anode, _clock);

        light.Show(StatusLightColor.Red);

        Assert.Equal((false, true, true), Levels(anode));
    }

    [Fact]
    public void Show_Blinking_OffAndOnEachHalfPeriodOnTheClock()
    {
        using var light = new RgbStatusLight(_controller, Pins, _clock);

        light.Show(StatusLightColor.Blue, blinking: true);
        var lit = Levels(Pins);
        _clock.Advance(BlinkingLight.BlinkHalfPeriod);
        var dark = Levels(Pins);
        _clock.Advance(BlinkingLight.BlinkHalfPeriod);

        Assert.Equal((false, false, true), lit);
        Assert.Equal((false, false, false), dark);
        Assert.Equal((false, false, true), Levels(Pins));
    }

    [Fact]
    public void Show_SteadyAfterBlinking_StaysLitAsTheClockRuns()
    {
        using var light = new RgbStatusLight(_controller, Pins, _clock);
        light.Show(StatusLightColor.Blue, blinking: true);

        light.Show(StatusLightColor.Green);
        var writes = _pins.Writes.Count;
        _clock.Advance(BlinkingLight.BlinkHalfPeriod * 4);

        Assert.Equal((false, true, false), Levels(Pins));
        Assert.Equal(writes, _pins.Writes.Count);
    }

    [Fact]
    public void Dispose_Light_DarkAndPinsClosed()
    {
        var light = new RgbStatusLight(_controller, Pins, _clock);
        light.Show(StatusLightColor.Red);

        light.Dispose();

        Assert.Empty(_pins.OpenPins);
        Assert.Contains(new PinWrite(17, false), _pins.Writes);
    }

    private (bool Red, bool Green, bool Blue) Levels(RgbPins pins) =>
        (_pins.Level(pins.Red) == PinValue.High, _pins.Level(pins.Green) == PinValue.High, _pins.Level(pins.Blue) == PinValue.High);
}
