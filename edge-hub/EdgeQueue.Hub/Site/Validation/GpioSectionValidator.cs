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
        if (section.StatusLight is { } rgb)
        {
            var red = Line(rgb.Red, "gpio.statusLight.red", used);
            var green = Line(rgb.Green, "gpio.statusLight.green", used);
            var blue = Line(rgb.Blue, "gpio.statusLight.blue", used);
            light = new RgbPins(red, green, blue, rgb.ActiveLow ?? false);
        }

        int? button = section.ServiceButton is null ? null : Line(section.ServiceButton, "gpio.serviceButton", used);
        return new GpioSettings(chip, light, button);
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
