namespace EdgeQueue.Hardware.Buttons;

public sealed record ButtonOptions
{
    /// <summary>A press this soon after the last release is contact bounce, on the hub's clock.</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(30);

    /// <summary>Holding this long is a long press (the hub's service button: 5 s into technician mode).</summary>
    public TimeSpan LongPress { get; init; } = TimeSpan.FromSeconds(1.5);
}
