using System.Net.Sockets;

namespace EdgeQueue.Hardware.Printing.Ports;

/// <summary>
/// A network ESC/POS printer on raw TCP ("port 9100", "JetDirect"). Each job and each status query
/// opens its own connection, so a printer that was power-cycled between tickets just works, and
/// nothing is held open against printers that accept one client at a time.
/// </summary>
public sealed class RawTcpPrinterPort : IPrinterPort
{
    private readonly string _host;
    private readonly int _port;
    private readonly RawTcpPrinterPortOptions _options;
    private readonly TimeProvider _time;

    public RawTcpPrinterPort(string host, int port = 9100, RawTcpPrinterPortOptions? options = null, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        ArgumentOutOfRangeException.ThrowIfLessThan(port, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, 65535);
        _host = host;
        _port = port;
        _options = options ?? new RawTcpPrinterPortOptions();
        _time = time ?? TimeProvider.System;
    }

    public string Name => $"tcp://{_host}:{_port}";

    public async Task WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        using var socket = await ConnectAsync(cancellationToken);
        using var timeout = IoDeadline(cancellationToken);
        try
        {
            while (data.Length > 0)
            {
                var sent = await socket.SendAsync(data, SocketFlags.None, timeout.Token);
                data = data[sent..];
            }

            // FIN after the last byte, then wait for the printer's FIN: closing with unread bytes
            // (automatic status some models send) would reset the connection and could drop the tail.
            socket.Shutdown(SocketShutdown.Send);
            await DrainUntilClosedAsync(socket, cancellationToken);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new PrinterPortException(PrintFailure.Timeout,
                $"Printer {Name} did not take the ticket within {_options.IoTimeout.TotalSeconds:0.#} s (buffer full or printer stalled).");
        }
        catch (SocketException e)
        {
            throw new PrinterPortException(PrintFailure.PrinterOffline, $"Printer {Name} dropped the connection while printing: {e.Message}", e);
        }
    }

    public async Task<PrinterStatus> QueryStatusAsync(CancellationToken cancellationToken)
    {
        if (!_options.QueryStatus)
        {
            return PrinterStatus.Unknown;
        }

        using var socket = await ConnectAsync(cancellationToken);
        var printer = await AskAsync(socket, RealTimeStatus.PrinterStatus, cancellationToken);
        var cause = await AskAsync(socket, RealTimeStatus.OfflineCause, cancellationToken);
        var paper = await AskAsync(socket, RealTimeStatus.RollPaperSensor, cancellationToken);
        socket.Shutdown(SocketShutdown.Both);
        return RealTimeStatus.Decode(printer, cause, paper);
    }

    private async Task<byte> AskAsync(Socket socket, byte n, CancellationToken cancellationToken)
    {
        using var timeout = IoDeadline(cancellationToken);
        var answer = new byte[1];
        try
        {
            await socket.SendAsync(RealTimeStatus.Request(n), SocketFlags.None, timeout.Token);
            var read = await socket.ReceiveAsync(answer, SocketFlags.None, timeout.Token);
            if (read == 0)
            {
                throw new PrinterPortException(PrintFailure.PrinterOffline, $"Printer {Name} closed the connection instead of answering DLE EOT {n}.");
            }

            return answer[0];
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new PrinterPortException(PrintFailure.Timeout,
                $"Printer {Name} did not answer DLE EOT {n} within {_options.IoTimeout.TotalSeconds:0.#} s; if this model ignores status queries, set QueryStatus to false.");
        }
        catch (SocketException e)
        {
            throw new PrinterPortException(PrintFailure.PrinterOffline, $"Printer {Name} dropped the connection during a status query: {e.Message}", e);
        }
    }

    /// <summary>Reads and discards until the printer closes, for at most <see cref="RawTcpPrinterPortOptions.CloseWait"/>.</summary>
    private async Task DrainUntilClosedAsync(Socket socket, CancellationToken cancellationToken)
    {
        using var deadline = new Deadline(_options.CloseWait, _time, cancellationToken);
        var sink = new byte[256];
        try
        {
            while (await socket.ReceiveAsync(sink, SocketFlags.None, deadline.Token) > 0)
            {
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The printer keeps the connection open; every byte was already accepted.
        }
        catch (SocketException)
        {
            // Reset after our FIN: the job was delivered before it.
        }
    }

    private async Task<Socket> ConnectAsync(CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        using var deadline = new Deadline(_options.ConnectTimeout, _time, cancellationToken);
        try
        {
            await socket.ConnectAsync(_host, _port, deadline.Token);
            return socket;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            socket.Dispose();
            throw new PrinterPortException(PrintFailure.PrinterOffline,
                $"Printer {Name} did not accept a connection within {_options.ConnectTimeout.TotalSeconds:0.#} s (switched off or network down).");
        }
        catch (SocketException e)
        {
            socket.Dispose();
            throw new PrinterPortException(PrintFailure.PrinterOffline, $"Printer {Name} is not reachable: {e.Message} ({e.SocketErrorCode}).", e);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private Deadline IoDeadline(CancellationToken cancellationToken) => new(_options.IoTimeout, _time, cancellationToken);
}
