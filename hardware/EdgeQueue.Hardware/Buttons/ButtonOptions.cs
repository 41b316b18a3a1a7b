namespace EdgeQueue.Hardware.Buttons;

public sealed record ButtonOptions
{
    /// <summary>Edges closer than this to the last accepted one are contact bounce.</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(30);

    /// <summary>Holding this long is a long press (e.g. a clerk's "Done" vs "Next").</summary>
    public TimeSpan LongPress { get; init; } = TimeSpan.FromSeconds(1.5);
}
