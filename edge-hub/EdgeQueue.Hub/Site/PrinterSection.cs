namespace EdgeQueue.Hub.Site;

/// <summary>
/// One entry of <c>printers</c>, exactly one port: <see cref="Usb"/> (a usblp device file such as
/// /dev/usb/lp0), <see cref="Tcp"/> (host:port of a network ESC/POS printer, raw 9100),
/// <see cref="Serial"/> (an RS-232/TTL line, <c>/dev/ttyUSB0?baud=19200</c>) or <see cref="Folder"/>
/// (capture files, for a demo or a hall without paper).
/// </summary>
public sealed class PrinterSection
{
    public string? Id { get; set; }

    public string? Usb { get; set; }

    public string? Tcp { get; set; }

    public string? Serial { get; set; }

    public string? Folder { get; set; }
}
