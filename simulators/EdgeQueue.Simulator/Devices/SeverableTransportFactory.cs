using EdgeQueue.Mqtt.Client;

namespace EdgeQueue.Simulator.Devices;

/// <summary>
/// TCP to the site broker, with a way to kill the current connection the way a lost radio link
/// does: the stream just ends, no DISCONNECT is sent, and the broker publishes the device's will.
/// </summary>
internal sealed class SeverableTransportFactory(string host, int port) : IMqttTransportFactory
{
    private readonly TcpTransportFactory _tcp = new(host, port);
    private Stream? _current;

    public string Endpoint => _tcp.Endpoint;

    public async ValueTask<Stream> ConnectAsync(CancellationToken cancellation)
    {
        var stream = await _tcp.ConnectAsync(cancellation);
        Interlocked.Exchange(ref _current, stream);
        return stream;
    }

    public void Sever()
    {
        var stream = Interlocked.Exchange(ref _current, null);
        if (stream is not null)
        {
            // Closing our end aborts the socket under the client; the broker sees the peer vanish.
            stream.Dispose();
        }
    }
}
