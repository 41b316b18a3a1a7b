using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace EdgeQueue.Mqtt.Broker.Connections;

/// <summary>Accepts sockets on one address, completes the TLS handshake where configured, and hands each to a connection.</summary>
internal sealed class BrokerListener(
    MqttListenerOptions options, Func<Stream, EndPoint?, bool, Task> serve, TimeSpan handshakeTimeout, PendingConnections pending,
    TimeProvider time, ILogger logger)
    : IDisposable
{
    /// <summary>Linux's IPPROTO_TCP and TCP_MAXSEG (netinet/tcp.h); .NET names neither.</summary>
    private const int IpProtoTcp = 6;
    private const int TcpMaxSeg = 2;

    /// <summary>The segment size of an Ethernet link (1500-byte frames).</summary>
    private const int EthernetSegment = 1460;

    private readonly Socket _socket = new(options.EndPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
    private Task _accepting = Task.CompletedTask;

    public IPEndPoint LocalEndPoint => (IPEndPoint)_socket.LocalEndPoint!;

    public MqttListenerOptions Options => options;

    /// <summary>Binds and listens; throws <see cref="SocketException"/> when the address is taken.</summary>
    public void Start(CancellationToken stopping)
    {
        if (options.EndPoint.AddressFamily == AddressFamily.InterNetworkV6 && options.EndPoint.Address.Equals(IPAddress.IPv6Any))
        {
            _socket.DualMode = true;
        }

        _socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        _socket.Bind(options.EndPoint);
        LimitSegmentSize();
        _socket.Listen(512);
        _accepting = AcceptLoopAsync(stopping);
    }

    /// <summary>
    /// Accepted connections send segments no larger than Ethernet's. On loopback the segment size is
    /// 64 KB, larger than the receive window of a client with small socket buffers (MQTTnet's
    /// default is 8 KB): the kernel then waits for a window that fits a whole segment and drains a
    /// bulk delivery at ~270 KB/s, so messages and the PINGRESP queue up behind it and the client
    /// loses its link to keep-alive (measured with a QoS 0 flood; Mosquitto, writing packet by
    /// packet, did not hit it). On a real network the path's segment size is no larger anyway.
    /// </summary>
    private void LimitSegmentSize()
    {
        if (OperatingSystem.IsLinux())
        {
            _socket.SetRawSocketOption(IpProtoTcp, TcpMaxSeg, BitConverter.GetBytes(EthernetSegment));
        }
    }

    public Task StopAsync()
    {
        _socket.Close();
        return _accepting;
    }

    public void Dispose() => _socket.Dispose();

    private async Task AcceptLoopAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _socket.AcceptAsync(stopping);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
            {
                return;
            }
            catch (SocketException e) when (stopping.IsCancellationRequested || e.SocketErrorCode == SocketError.OperationAborted)
            {
                return;
            }
            catch (SocketException e)
            {
                // Out of file descriptors and the like: log, breathe, keep accepting.
                logger.LogError("Accepting on {Listener} failed: {Error}", options, e.Message);
                await Task.Delay(TimeSpan.FromMilliseconds(100), time, CancellationToken.None);
                continue;
            }

            _ = HandleAsync(client, stopping);
        }
    }

    private async Task HandleAsync(Socket client, CancellationToken stopping)
    {
        EndPoint? remote = null;
        Stream? stream = null;
        try
        {
            remote = client.RemoteEndPoint;
            client.NoDelay = true;
            stream = new NetworkStream(client, ownsSocket: true);
            if (options.Certificate is { } certificate)
            {
                var tls = new SslStream(stream, leaveInnerStreamOpen: false);
                stream = tls;
                using var timeout = new CancellationTokenSource(handshakeTimeout, time);
                using var handshake = CancellationTokenSource.CreateLinkedTokenSource(stopping, timeout.Token);
                // A socket in the handshake has not sent CONNECT either: it takes a pending place (and may lose it).
                using var place = pending.Add(() => Cancel(timeout), out _);
                await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions
                {
                    ServerCertificate = certificate,
                    ClientCertificateRequired = false,
                }, handshake.Token);
            }
        }
#pragma warning disable CA1031 // A failed handshake or a peer gone at once concerns that peer alone.
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.LogWarning("Connection from {Remote} to {Listener} dropped before MQTT: {Error}", remote, options, e.GetBaseException().Message);
            if (stream is not null)
            {
                await stream.DisposeAsync();
            }
            else
            {
                client.Dispose();
            }

            return;
        }

        await serve(stream, remote, options.IsTls);
    }

    private static void Cancel(CancellationTokenSource source)
    {
        try
        {
            source.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }
    }
}
