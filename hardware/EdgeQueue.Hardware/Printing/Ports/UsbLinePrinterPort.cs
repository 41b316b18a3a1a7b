using EdgeQueue.Hardware.Native;

namespace EdgeQueue.Hardware.Printing.Ports;

/// <summary>
/// A USB printer driven by the Linux usblp driver (/dev/usb/lp0). Bytes are written to the device
/// file; status comes from the LPGETSTATUS ioctl, which usblp answers with the USB printer class
/// port status (paper empty, selected, not error). That byte has no near-end bit, so a low roll is
/// not visible over USB.
/// </summary>
public sealed class UsbLinePrinterPort : IPrinterPort
{
    /// <summary>LPGETSTATUS from linux/lp.h.</summary>
    internal const uint LpGetStatus = 0x060b;

    /// <summary>Port status bits (linux/lp.h, USB printer class GET_PORT_STATUS).</summary>
    internal const int LpPaperOut = 0x20;
    internal const int LpSelected = 0x10;
    internal const int LpNoError = 0x08;

    private readonly string _devicePath;

    public UsbLinePrinterPort(string devicePath = "/dev/usb/lp0")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(devicePath);
        _devicePath = devicePath;
    }

    public string Name => $"usb:{_devicePath}";

    public async Task WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        // usblp blocks a write while the printer is stalled; the job's deadline abandons the wait.
        var write = Task.Run(() =>
        {
            try
            {
                using var device = new FileStream(_devicePath, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
                device.Write(data.Span);
                device.Flush();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw Explain(e);
            }
        }, cancellationToken);
        await write.WaitAsync(cancellationToken);
    }

    public Task<PrinterStatus> QueryStatusAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(_devicePath))
        {
            throw new PrinterPortException(PrintFailure.PrinterOffline, NotPresent());
        }

        try
        {
            using var device = FileDescriptor.Open(_devicePath, LibC.ORdWr | LibC.ONonBlock);
            var status = ReadPortStatus(device);
            return Task.FromResult(status is { } s ? Decode(s) : PrinterStatus.Unknown);
        }
        catch (IOException e)
        {
            throw new PrinterPortException(PrintFailure.PrinterOffline, $"Printer {Name} cannot be opened: {e.Message}", e);
        }
    }

    /// <summary>Maps the usblp port status byte to a status.</summary>
    internal static PrinterStatus Decode(int portStatus)
    {
        var paperOut = (portStatus & LpPaperOut) != 0;
        var online = (portStatus & LpSelected) != 0 && (portStatus & LpNoError) != 0;
        return new PrinterStatus(Known: true, online, paperOut ? PaperState.Out : PaperState.Ok, CoverOpen: false);
    }

    private static unsafe int? ReadPortStatus(FileDescriptor device)
    {
        int status = 0;
        // Printers whose firmware rejects GET_PORT_STATUS make the ioctl fail: status unknown, not offline.
        return LibC.Ioctl(device.Fd, LpGetStatus, &status) < 0 ? null : status;
    }

    private PrinterPortException Explain(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => new(PrintFailure.PrinterOffline, NotPresent(), e),
        UnauthorizedAccessException => new(PrintFailure.PrinterOffline,
            $"No permission to write {_devicePath}: add the hub's service user to the 'lp' group.", e),
        _ => new(PrintFailure.PrinterOffline, $"Printer {Name} failed while printing: {e.Message}", e),
    };

    private string NotPresent() =>
        $"{_devicePath} does not exist: the USB printer is unplugged or switched off, or the usblp module is not loaded.";
}
