using System.Net;
using System.Net.Sockets;
using MQTTnet.Channel;

namespace EdgeQueue.Simulator.Devices;

/// <summary>
/// A device's radio at the byte level (MQTTnet's stream seam): TCP to the site broker, and a way to
/// kill the current connection the way a lost Wi-Fi link does — the stream just ends, no DISCONNECT
/// is sent, and the broker publishes the device's will.
/// </summary>
internal sealed class SeverableStreamProvider : IMqttClientStreamProvider
{
    private Socket? _current;

    public async Task<Stream> ConnectAsync(EndPoint brokerEndPoint, CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(brokerEndPoint, cancellationToken);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        Interlocked.Exchange(ref _current, socket);
        return new NetworkStream(socket, ownsSocket: true);
    }

    public void Sever()
    {
        var socket = Interlocked.Exchange(ref _current, null);
        if (socket is not null)
        {
            // A reset, not a FIN: the broker sees the peer vanish, as when the radio goes.
            socket.LingerState = new LingerOption(true, 0);
            socket.Close();
        }
    }
}
