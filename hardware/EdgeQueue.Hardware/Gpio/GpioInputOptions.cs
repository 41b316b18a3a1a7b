namespace EdgeQueue.Hardware.Gpio;

/// <summary>How an input line is requested. The defaults fit a push button wired from the pin to ground.</summary>
public sealed record GpioInputOptions
{
    public GpioBias Bias { get; init; } = GpioBias.PullUp;

    /// <summary>Pressed pulls the pin low: the kernel inverts, so pressing reads as a rising edge and value 1.</summary>
    public bool ActiveLow { get; init; } = true;

    /// <summary>Kernel debounce (debounce_period_us attribute); zero leaves it to software.</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(10);

    /// <summary>Kernel event buffer in events; 0 lets the kernel choose (16 per line).</summary>
    public uint EventBufferSize { get; init; }

    internal GpioLineFlags Flags =>
        GpioLineFlags.Input | GpioLineFlags.EdgeRising | GpioLineFlags.EdgeFalling
        | (ActiveLow ? GpioLineFlags.ActiveLow : GpioLineFlags.None)
        | Bias switch
        {
            GpioBias.PullUp => GpioLineFlags.BiasPullUp,
            GpioBias.PullDown => GpioLineFlags.BiasPullDown,
            GpioBias.Disabled => GpioLineFlags.BiasDisabled,
            _ => GpioLineFlags.None,
        };
}
