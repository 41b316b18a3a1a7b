using EdgeQueue.Hardware.Printing.Ports;

namespace EdgeQueue.Hardware.Printing;

/// <summary>
/// An ESC/POS thermal printer on any port. Jobs run one at a time; before each job the printer is
/// asked for its status where the port can, so an empty roll is reported instead of a lost ticket.
/// </summary>
public sealed class EscPosPrinter : IThermalPrinter, IDisposable
{
    private readonly IPrinterPort _port;
    private readonly EscPosTicketEncoder _encoder;
    private readonly EscPosPrinterOptions _options;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _oneJobAtATime = new(1, 1);

    public EscPosPrinter(IPrinterPort port, EscPosPrinterOptions? options = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(port);
        _port = port;
        _options = options ?? new EscPosPrinterOptions();
        _encoder = new EscPosTicketEncoder(_options.Ticket);
        _time = time ?? TimeProvider.System;
    }

    public string Name => _port.Name;

    public async Task<PrintResult> PrintAsync(TicketReceipt receipt, CancellationToken cancellationToken = default)
    {
        byte[] bytes;
        try
        {
            bytes = _encoder.Encode(receipt);
        }
        catch (ArgumentException e)
        {
            return PrintResult.Failed(PrintFailure.InvalidReceipt, e.Message, PrinterStatus.Unknown);
        }

        await _oneJobAtATime.WaitAsync(cancellationToken);
        try
        {
            return await RunJobAsync(bytes, cancellationToken);
        }
        finally
        {
            _oneJobAtATime.Release();
        }
    }

    public async Task<PrinterStatus> GetStatusAsync(CancellationToken cancellationToken = default)
    {
        // Serialised with jobs: usblp allows one open of the device at a time, and a status query
        // between a job's bytes would interleave on a network printer.
        await _oneJobAtATime.WaitAsync(cancellationToken);
        using var deadline = new Deadline(_options.JobTimeout, _time, cancellationToken);
        try
        {
            return await _port.QueryStatusAsync(deadline.Token);
        }
        catch (PrinterPortException)
        {
            return Offline;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Offline;
        }
        finally
        {
            _oneJobAtATime.Release();
        }
    }

    /// <summary>Releases the printer and the port it was given (the port belongs to it).</summary>
    public void Dispose()
    {
        _oneJobAtATime.Dispose();
        (_port as IDisposable)?.Dispose();
    }

    private static PrinterStatus Offline { get; } = new(Known: true, Online: false, PaperState.Unknown, CoverOpen: false);

    private async Task<PrintResult> RunJobAsync(byte[] bytes, CancellationToken cancellationToken)
    {
        using var deadline = new Deadline(_options.JobTimeout, _time, cancellationToken);
        var status = PrinterStatus.Unknown;
        try
        {
            status = await _port.QueryStatusAsync(deadline.Token);
            if (Refuse(status) is { } refusal)
            {
                return refusal;
            }

            await _port.WriteAsync(bytes, deadline.Token);
            return PrintResult.Printed(status);
        }
        catch (PrinterPortException e)
        {
            return PrintResult.Failed(e.Failure, e.Message, e.Failure == PrintFailure.PrinterOffline ? Offline : status);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return PrintResult.Failed(PrintFailure.Timeout,
                $"Printer {Name} did not finish the ticket within {_options.JobTimeout.TotalSeconds:0.#} s.", status);
        }
    }

    private PrintResult? Refuse(PrinterStatus status)
    {
        if (!status.Known)
        {
            return null;
        }

        if (status.Paper == PaperState.Out)
        {
            return PrintResult.Failed(PrintFailure.PaperOut, $"Printer {Name} is out of paper: load a new roll.", status);
        }

        if (status.CoverOpen)
        {
            return PrintResult.Failed(PrintFailure.CoverOpen, $"Printer {Name} has its cover open: close it.", status);
        }

        return status.Online
            ? null
            : PrintResult.Failed(PrintFailure.PrinterOffline, $"Printer {Name} reports it is offline (error or waiting for recovery).", status);
    }
}
