using System.Globalization;

namespace EdgeQueue.Hardware.Printing.Ports;

/// <summary>
/// Turns the printer address of a site file into a port:
/// <c>usb:/dev/usb/lp0</c>, <c>tcp://10.1.2.3:9100</c> (port optional) or <c>file:/var/lib/edgequeue/tickets</c>.
/// </summary>
public static class PrinterPortAddress
{
    public static IPrinterPort Create(string address, TimeProvider? time = null, RawTcpPrinterPortOptions? tcpOptions = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        address = address.Trim();
        if (address.StartsWith("usb:", StringComparison.OrdinalIgnoreCase))
        {
            var device = address[4..];
            return device.StartsWith('/') ? new UsbLinePrinterPort(device) : throw Invalid(address, "usb: needs an absolute device path, e.g. usb:/dev/usb/lp0");
        }

        if (address.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            var folder = address[5..];
            return folder.Length > 0 ? new FileCapturePrinterPort(folder, time) : throw Invalid(address, "file: needs a folder");
        }

        if (address.StartsWith("tcp://", StringComparison.OrdinalIgnoreCase))
        {
            if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Host.Length == 0 || uri.AbsolutePath is not ("/" or ""))
            {
                throw Invalid(address, "expected tcp://host or tcp://host:port");
            }

            return new RawTcpPrinterPort(uri.Host, uri.IsDefaultPort || uri.Port < 0 ? 9100 : uri.Port, tcpOptions, time);
        }

        throw Invalid(address, "use usb:/dev/usb/lp0, tcp://host:9100 or file:/folder");
    }

    private static ArgumentException Invalid(string address, string hint) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Printer address '{address}' is not valid: {hint}."), nameof(address));
}
