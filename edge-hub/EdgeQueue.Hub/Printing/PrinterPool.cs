using EdgeQueue.Contracts;
using EdgeQueue.Hardware.Printing;
using EdgeQueue.Hardware.Printing.Ports;
using EdgeQueue.Hub.Site;

namespace EdgeQueue.Hub.Printing;

/// <summary>
/// The site's ticket printers, built once from the site file, and which dispenser prints where.
/// Capture folders are resolved under the hub's data folder.
/// </summary>
public sealed class PrinterPool : IDisposable
{
    private readonly Dictionary<string, IThermalPrinter> _printers = new(StringComparer.Ordinal);
    private readonly Dictionary<DeviceId, string> _dispenserPrinter = [];

    /// <param name="networkTime">Timeouts of network printers (null: <paramref name="time"/>); see <see cref="Hosting.HubOptions.NetworkTime"/>.</param>
    public PrinterPool(SiteDefinition site, string dataFolder, TimeProvider time, TimeProvider? networkTime = null)
    {
        ArgumentNullException.ThrowIfNull(site);
        var io = networkTime ?? time;
        foreach (var printer in site.Printers)
        {
            _printers[printer.Id] = new EscPosPrinter(CreatePort(printer, dataFolder, time, io), time: io);
        }

        foreach (var device in site.Devices.Where(d => d.PrinterId is not null))
        {
            _dispenserPrinter[device.Id] = device.PrinterId!;
        }
    }

    public IReadOnlyDictionary<string, IThermalPrinter> Printers => _printers;

    /// <summary>The printer a dispenser's tickets come out of, or null when it has none.</summary>
    public IThermalPrinter? For(DeviceId dispenser) =>
        _dispenserPrinter.TryGetValue(dispenser, out var id) ? _printers.GetValueOrDefault(id) : null;

    public void Dispose()
    {
        foreach (var printer in _printers.Values.OfType<IDisposable>())
        {
            printer.Dispose();
        }
    }

    private static IPrinterPort CreatePort(PrinterDefinition printer, string dataFolder, TimeProvider time, TimeProvider io)
    {
        switch (printer.Connection)
        {
            case PrinterConnection.Usb:
                return new UsbLinePrinterPort(printer.Target);
            case PrinterConnection.Serial:
                SerialLine.TryParse(printer.Target, out var line, out _);
                return new SerialPrinterPort(line!);
            case PrinterConnection.Tcp:
                TcpTarget.TryParse(printer.Target, out var host, out var port);
                return new RawTcpPrinterPort(host, port, time: io);
            default:
                return new FileCapturePrinterPort(Path.Combine(dataFolder, printer.Target), time);
        }
    }
}
