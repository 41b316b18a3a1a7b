namespace EdgeQueue.Hub.Site;

/// <summary>
/// One entry of <c>printers</c>, exactly one port: <see cref="Usb"/> (a usblp device file such as
/// /dev/usb/lp0), <see cref="Tcp"/> (host:port of a network ESC/POS printer, raw 9100) or
/// <see cref="Folder"/> (capture files, for a demo or a hall without paper).
/// </summary>
public sealed class PrinterSection
{
    public string? Id { get; set; }

    public string? Usb { get; set; }

    public string? Tcp { get; set; }

    public string? Folder { get; set; }
}
