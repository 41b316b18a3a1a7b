namespace EdgeQueue.Simulation.Reporting.Imaging;

/// <summary>A colour of 8-bit red, green and blue.</summary>
public readonly record struct Rgb(byte R, byte G, byte B)
{
    public static Rgb White { get; } = new(255, 255, 255);

    public static Rgb Black { get; } = new(0, 0, 0);

    public static Rgb Grey { get; } = new(200, 200, 200);

    public static Rgb DarkGrey { get; } = new(90, 90, 90);

    /// <summary>Series colours with enough contrast for a printed report.</summary>
    public static IReadOnlyList<Rgb> Palette { get; } =
    [
        new(31, 119, 180), new(255, 127, 14), new(44, 160, 44), new(214, 39, 40),
        new(148, 103, 189), new(140, 86, 75), new(227, 119, 194), new(127, 127, 127),
    ];
}
