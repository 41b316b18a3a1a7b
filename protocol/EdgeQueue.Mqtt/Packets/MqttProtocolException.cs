namespace EdgeQueue.Mqtt.Packets;

/// <summary>
/// A peer broke MQTT 3.1.1. The connection must be closed; where the specification asks for a
/// CONNACK refusal first, <see cref="ConnAckCode"/> holds the code to send.
/// </summary>
public sealed class MqttProtocolException : Exception
{
    public MqttProtocolException()
        : this(MqttProtocolError.MalformedPacket, "malformed MQTT packet")
    {
    }

    public MqttProtocolException(string message)
        : this(MqttProtocolError.MalformedPacket, message)
    {
    }

    public MqttProtocolException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = MqttProtocolError.MalformedPacket;
    }

    public MqttProtocolException(MqttProtocolError error, string message, ConnectReturnCode? connAckCode = null)
        : base(message)
    {
        Error = error;
        ConnAckCode = connAckCode;
    }

    public MqttProtocolError Error { get; }

    /// <summary>The CONNACK return code a server sends before closing, when the spec defines one.</summary>
    public ConnectReturnCode? ConnAckCode { get; }
}
