namespace EdgeQueue.Hardware.Gpio;

/// <summary>struct gpiochip_info: e.g. ("gpiochip0", "pinctrl-bcm2711", 58).</summary>
public sealed record GpioChipInfo(string Name, string Label, int Lines);
