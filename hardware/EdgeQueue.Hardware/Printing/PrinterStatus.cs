namespace EdgeQueue.Hardware.Printing;

/// <summary>
/// A printer's condition as far as its port can see. <see cref="Known"/> is false when the port has
/// no way to ask (a capture file, a network printer that ignores DLE EOT).
/// </summary>
public sealed record PrinterStatus(bool Known, bool Online, PaperState Paper, bool CoverOpen)
{
    /// <summary>The port cannot report status; printing is attempted anyway.</summary>
    public static PrinterStatus Unknown { get; } = new(Known: false, Online: true, PaperState.Unknown, CoverOpen: false);

    /// <summary>Online, paper present, cover closed.</summary>
    public static PrinterStatus Ready { get; } = new(Known: true, Online: true, PaperState.Ok, CoverOpen: false);

    /// <summary>The paper word of the device state contract (DESIGN.md §4): ok, low, out or unknown.</summary>
    public string PaperWord => Paper switch
    {
        PaperState.Ok => "ok",
        PaperState.Low => "low",
        PaperState.Out => "out",
        _ => "unknown",
    };
}
