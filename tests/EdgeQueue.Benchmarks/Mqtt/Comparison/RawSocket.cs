using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace EdgeQueue.Benchmarks.Mqtt.Comparison;

/// <summary>A bare TCP connection to a broker that sends whatever bytes a measurement wants, MQTT or not.</summary>
internal sealed class RawSocket : IDisposable
{
    private readonly Socket _socket;

    private RawSocket(Socket socket) => _socket = socket;

    public static async Task<RawSocket> OpenAsync(int port, CancellationToken cancellation)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), cancellation);
            return new RawSocket(socket);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public async Task SendAsync(byte[] bytes, CancellationToken cancellation) =>
        await _socket.SendAsync(bytes, SocketFlags.None, cancellation);

    /// <summary>
    /// Reads (and drops) whatever the broker sends until it closes the connection; returns how long
    /// that took, or null when it was still open after <paramref name="limit"/>.
    /// </summary>
    public async Task<TimeSpan?> WaitForCloseAsync(TimeSpan limit, CancellationToken cancellation)
    {
        var started = Stopwatch.GetTimestamp();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        deadline.CancelAfter(limit);
        var buffer = new byte[4096];
        try
        {
            while (await _socket.ReceiveAsync(buffer, SocketFlags.None, deadline.Token) > 0)
            {
            }
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return null;
        }
        catch (SocketException)
        {
            // Reset by the broker: closed as well.
        }

        return Stopwatch.GetElapsedTime(started);
    }

    /// <summary>Reads exactly <paramref name="count"/> bytes (e.g. a CONNACK) or fails when the broker closes first.</summary>
    public async Task<byte[]> ReceiveExactlyAsync(int count, TimeSpan limit, CancellationToken cancellation)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        deadline.CancelAfter(limit);
        var buffer = new byte[count];
        var read = 0;
        while (read < count)
        {
            var n = await _socket.ReceiveAsync(buffer.AsMemory(read), SocketFlags.None, deadline.Token);
            if (n == 0)
            {
                throw new IOException($"the broker closed the connection after {read} of {count} bytes");
            }

            read += n;
        }

        return buffer;
    }

    public void Dispose() => _socket.Dispose();
}
