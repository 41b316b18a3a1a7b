namespace EdgeQueue.Hardware.Printing;

/// <summary>Paper and symbol settings of one printer model.</summary>
public sealed record EscPosTicketOptions
{
    /// <summary>Characters per line in font A at normal size: 48 on 80 mm paper (72 mm printable), 32 on 58 mm.</summary>
    public int Columns { get; init; } = 48;

    /// <summary>The ESC t table that holds PC852 on this model: 18 on Epson; a few clones number it differently.</summary>
    public byte CodeTable { get; init; } = Pc852.EscPosCodeTable;

    /// <summary>Magnification of the ticket number (GS !), width and height, 1..8.</summary>
    public int NumberMagnification { get; init; } = 2;

    /// <summary>QR module size in dots, 1..16; 6 gives a symbol about 25 mm wide for a typical URL.</summary>
    public byte QrModuleSize { get; init; } = 6;

    public QrErrorCorrection QrErrorCorrection { get; init; } = QrErrorCorrection.M;

    /// <summary>Dots fed past the cutter before the partial cut, so the last line is not cut through.</summary>
    public byte FeedBeforeCutDots { get; init; } = 48;

    public static EscPosTicketOptions Paper80mm { get; } = new();

    public static EscPosTicketOptions Paper58mm { get; } = new() { Columns = 32, QrModuleSize = 5 };
}
