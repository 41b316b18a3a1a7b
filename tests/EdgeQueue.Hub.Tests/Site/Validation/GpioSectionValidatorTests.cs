using EdgeQueue.Hardware.Indicators;
using EdgeQueue.Hub.Site;
using EdgeQueue.Hub.Site.Validation;

namespace EdgeQueue.Hub.Tests.Site.Validation;

public sealed class GpioSectionValidatorTests
{
    [Fact]
    public void Build_NoSection_NoPinsAndNoProblem()
    {
        var problems = new List<string>();

        var gpio = new GpioSectionValidator(new SiteProblems(problems)).Build(null);

        Assert.Null(gpio);
        Assert.Empty(problems);
    }

    [Fact]
    public void Build_LightAndButton_PinsOnTheNamedChip()
    {
        var problems = new List<string>();

        var gpio = new GpioSectionValidator(new SiteProblems(problems)).Build(new GpioSection
        {
            Chip = 4,
            StatusLight = new StatusLightSection { Red = 17, Green = 27, Blue = 22, ActiveLow = true },
            ServiceButton = 23,
        });

        Assert.Empty(problems);
        Assert.Equal(new GpioSettings(4, new RgbPins(17, 27, 22, ActiveLow: true), 23), gpio);
    }

    [Fact]
    public void Build_LineUsedTwiceMissingAndOutOfRange_EachNamedWithItsPath()
    {
        var problems = new List<string>();

        new GpioSectionValidator(new SiteProblems(problems)).Build(new GpioSection
        {
            Chip = 99,
            StatusLight = new StatusLightSection { Red = 17, Green = 17, Blue = null },
            ServiceButton = 64,
        });

        Assert.Equal(
        [
            "gpio.chip: 99 is not a gpiochip number (0-15; `gpiodetect` lists them)",
            "gpio.statusLight.green: line 17 is already gpio.statusLight.red",
            "gpio.statusLight.blue: missing",
            "gpio.serviceButton: 64 is not a GPIO line (0-63, the BCM number on a Pi)",
        ], problems);
    }

    [Fact]
    public void Build_SectionWithNoFixture_Refused()
    {
        var problems = new List<string>();

        new GpioSectionValidator(new SiteProblems(problems)).Build(new GpioSection { Chip = 0 });

        Assert.Equal(["gpio: names no fixture; add statusLight and/or serviceButton, or remove the section"], problems);
    }

    [Fact]
    public void Build_Ws2812Light_SpiDeviceAndBrightnessOrBothKindsRefused()
    {
        var problems = new List<string>();
        var validator = new GpioSectionValidator(new SiteProblems(problems));

        var led = validator.Build(new GpioSection { StatusLight = new StatusLightSection { Ws2812 = new Ws2812Section { Cs = 1 } } });
        validator.Build(new GpioSection { StatusLight = new StatusLightSection { Red = 17, Ws2812 = new Ws2812Section { Brightness = 120 } } });

        Assert.Equal(new Ws2812Light(0, 1, 40), led!.Ws2812);
        Assert.Equal(["gpio.statusLight: give red/green/blue pins or ws2812, not both"], problems);
    }
}
