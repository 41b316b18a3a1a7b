using System.IO.Ports;

namespace EdgeQueue.Hardware.Printing.Ports;

/// <summary>
/// An ESC/POS printer on an RS-232 or TTL serial line (a kiosk printer, often behind a USB-serial
/// adapter), through System.IO.Ports. Each job and status query opens the line and closes it, so
/// an adapter unplugged and plugged back between tickets just works; the status is DLE EOT asked
/// over the same line. One operation at a time: the line is exclusive.
/// </summary>
public sealed class SerialPrinterPort(SerialLine line, SerialPrinterPortOptions? options = null) : IPrinterPort, IDisposable
{
    private readonly SerialPrinterPortOptions _options = options ?? new SerialPrinterPortOptions();
    private readonly SemaphoreSlim _gate = new(1, 1);

    public string Name => line.ToString();

    public Task WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken) =>
        OnLineAsync(port =>
        {
            try
            {
                port.Write(data.ToArray(), 0, data.Length);
                return true;
            }
            catch (TimeoutException e)
            {
                throw new PrinterPortException(PrintFailure.Timeout,
                    $"Printer {Name} did not take the ticket within {_options.IoTimeout.TotalSeconds:0.#} s (flow control holding: paper out, cover open, or the wrong flow setting).", e);
            }
        }, cancellationToken);

    public Task<PrinterStatus> QueryStatusAsync(CancellationToken cancellationToken)
    {
        if (!_options.QueryStatus)
        {
            return Task.FromResult(PrinterStatus.Unknown);
        }

        return OnLineAsync(port =>
        {
            port.DiscardInBuffer();
            var printer = Ask(port, RealTimeStatus.PrinterStatus);
            var cause = Ask(port, RealTimeStatus.OfflineCause);
            var paper = Ask(port, RealTimeStatus.RollPaperSensor);
            return RealTimeStatus.Decode(printer, cause, paper);
        }, cancellationToken);
    }

    public void Dispose() => _gate.Dispose();

    private byte Ask(SerialPort port, byte n)
    {
        port.Write(RealTimeStatus.Request(n), 0, 3);
        try
        {
            return (byte)port.ReadByte();
        }
        catch (TimeoutException e)
        {
            throw new PrinterPortException(PrintFailure.Timeout,
                $"Printer {Name} did not answer DLE EOT {n} within {_options.IoTimeout.TotalSeconds:0.#} s; check the baud rate, or set the printer's statusQuery off if it never answers.", e);
        }
    }

    private async Task<T> OnLineAsync<T>(Func<SerialPort, T> work, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            // SerialPort blocks; its own timeouts bound each call, and the caller's thread is not held.
            return await Task.Run(() =>
            {
                using var port = Open();
                return work(port);
            }, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private SerialPort Open()
    {
        var port = new SerialPort(line.Device, line.Baud, Parity.None, 8, StopBits.One)
        {
            Handshake = line.Flow,
            ReadTimeout = (int)_options.IoTimeout.TotalMilliseconds,
            WriteTimeout = (int)_options.IoTimeout.TotalMilliseconds,
        };
        try
        {
            port.Open();
            return port;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
        {
            port.Dispose();
            var hint = e is UnauthorizedAccessException ? " (the hub's user must be in the dialout group)" : string.Empty;
            throw new PrinterPortException(PrintFailure.PrinterOffline, $"Printer {Name} cannot be opened: {e.Message}{hint}.", e);
        }
    }
}
