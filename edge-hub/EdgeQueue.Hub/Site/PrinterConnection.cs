namespace EdgeQueue.Hub.Site;

/// <summary>How the hub reaches a ticket printer.</summary>
public enum PrinterConnection
{
    /// <summary>A USB printer on the hub's Pi through the Linux usblp driver (/dev/usb/lp0).</summary>
    Usb,

    /// <summary>A network ESC/POS printer in the kiosk, raw TCP (port 9100).</summary>
    Tcp,

    /// <summary>A kiosk printer on a serial line (RS-232 or TTL, often a USB-serial adapter), through System.IO.Ports.</summary>
    Serial,

    /// <summary>Each ticket written as a .bin file: demos and halls without a printer.</summary>
    Folder,
}
