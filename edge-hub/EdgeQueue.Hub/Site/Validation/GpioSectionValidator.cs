using EdgeQueue.Hardware.Indicators;

namespace EdgeQueue.Hub.Site.Validation;

/// <summary>GPIO: a chip, pins that exist on it, and no pin used twice.</summary>
internal sealed class GpioSectionValidator(SiteProblems problems)
{
    /// <summary>gpiochip lines the hub accepts (a Pi's header carries BCM 2-27; the SoC has up to 58).</summary>
    private const int MaxLine = 63;

    public GpioSettings? Build(GpioSection? section)
    {
        if (section is null)
        {
            return null;
        }

        var chip = section.Chip ?? 0;
        if (chip is < 0 or > 15)
        {
            problems.Add($"gpio.chip: {chip} is not a gpiochip number (0-15; `gpiodetect` lists them)");
        }

        if (section.StatusLight is null && section.ServiceButton is null)
        {
            problems.Add("gpio: names no fixture; add statusLight and/or serviceButton, or remove the section");
        }

        var used = new Dictionary<int, string>();
        RgbPins? light = null;
        Ws2812Light? ws2812 = null;
        if (section.StatusLight is { Ws2812: not null } both && (both.Red ?? both.Green ?? both.Blue) is not null)
        {
            problems.Add("gpio.statusLight: give red/green/blue pins or ws2812, not both");
        }
        else if (section.StatusLight is { Ws2812: { } led })
        {
            ws2812 = new Ws2812Light(led.Bus ?? 0, led.Cs ?? 0, led.Brightness ?? 40);
            if (ws2812.Bus is < 0 or > 6 || ws2812.ChipSelect is < 0 or > 3)
            {
                problems.Add($"gpio.statusLight.ws2812: bus {ws2812.Bus}, cs {ws2812.ChipSelect} is not an SPI device of a Pi");
            }

            if (ws2812.Brightness is < 0 or > 100)
            {
                problems.Add($"gpio.statusLight.ws2812.brightness: {ws2812.Brightness} must be 0-100 (%)");
            }
        }
        else if (section.StatusLight is { } rgb)
        {
            var red = Line(rgb.Red, "gpio.statusLight.red", used);
            var green = Line(rgb.Green, "gpio.statusLight.green", used);
            var blue = Line(rgb.Blue, "gpio.statusLight.blue", used);
            light = new RgbPins(red, green, blue, rgb.ActiveLow ?? false);
        }

        int? button = section.ServiceButton is null ? null : Line(section.ServiceButton, "gpio.serviceButton", used);
        return new GpioSettings(chip, light, button, ws2812);
    }

    private int Line(int? line, string at, Dictionary<int, string> used)
    {
        if (line is not { } pin)
        {
            problems.Add($"{at}: missing");
            return -1;
        }

        if (pin is < 0 or > MaxLine)
        {
            problems.Add($"{at}: {pin} is not a GPIO line (0-{MaxLine}, the BCM number on a Pi)");
        }
        else if (!used.TryAdd(pin, at))
        {
            problems.Add($"{at}: line {pin} is already {used[pin]}");
        }

        return pin;
    }
}
