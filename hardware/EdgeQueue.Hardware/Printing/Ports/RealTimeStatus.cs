namespace EdgeQueue.Hardware.Printing.Ports;

/// <summary>
/// Reads the one-byte answers to DLE EOT n (ESC/POS real-time status). Every answer has bit 1 and
/// bit 4 set and bits 0 and 7 clear, which tells a status byte from stray data.
/// </summary>
public static class RealTimeStatus
{
    /// <summary>DLE EOT 1: printer status.</summary>
    public const byte PrinterStatus = 1;

    /// <summary>DLE EOT 2: offline cause.</summary>
    public const byte OfflineCause = 2;

    /// <summary>DLE EOT 4: roll paper sensor.</summary>
    public const byte RollPaperSensor = 4;

    public static byte[] Request(byte n) => [0x10, 0x04, n];

    public static bool IsStatusByte(byte b) => (b & 0b1001_0011) == 0b0001_0010;

    /// <summary>Combines the answers to DLE EOT 1, 2 and 4.</summary>
    public static Printing.PrinterStatus Decode(byte printer, byte offlineCause, byte paperSensor)
    {
        if (!IsStatusByte(printer) || !IsStatusByte(offlineCause) || !IsStatusByte(paperSensor))
        {
            return Printing.PrinterStatus.Unknown;
        }

        var offline = (printer & 0x08) != 0;
        var coverOpen = (offlineCause & 0x04) != 0;
        var stoppedByPaperEnd = (offlineCause & 0x20) != 0;
        var paperEnd = (paperSensor & 0x60) != 0;
        var nearEnd = (paperSensor & 0x0C) != 0;
        var paper = paperEnd || stoppedByPaperEnd ? PaperState.Out : nearEnd ? PaperState.Low : PaperState.Ok;
        return new Printing.PrinterStatus(Known: true, Online: !offline, paper, coverOpen);
    }
}
