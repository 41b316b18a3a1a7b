namespace EdgeQueue.Hardware.Printing.Ports;

/// <summary>
/// Moves bytes to a printer and, where the link allows, asks it for its status. It knows nothing of
/// tickets. Failures are thrown as <see cref="PrinterPortException"/> with the kind of failure.
/// </summary>
public interface IPrinterPort
{
    /// <summary>Where the bytes go, e.g. "usb:/dev/usb/lp0" or "tcp://10.1.2.3:9100".</summary>
    string Name { get; }

    Task WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken);

    /// <summary>The printer's status, or <see cref="PrinterStatus.Unknown"/> when the port cannot ask.</summary>
    Task<PrinterStatus> QueryStatusAsync(CancellationToken cancellationToken);
}
