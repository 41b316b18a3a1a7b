namespace EdgeQueue.Mqtt.Client;

/// <summary>
/// Opens the byte stream one MQTT connection runs over (TCP, TLS, or a test's in-memory pipe). The
/// codec and the client's session logic know nothing of sockets.
/// </summary>
public interface IMqttTransportFactory
{
    /// <summary>Where it connects, for messages and logs (e.g. "tcp://127.0.0.1:1883").</summary>
    string Endpoint { get; }

    /// <summary>Opens a fresh connection; the caller owns and disposes the stream.</summary>
    ValueTask<Stream> ConnectAsync(CancellationToken cancellation);
}
