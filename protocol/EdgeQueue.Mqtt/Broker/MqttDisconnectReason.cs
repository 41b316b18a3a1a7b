namespace EdgeQueue.Mqtt.Broker;

/// <summary>Why a client's connection ended.</summary>
public enum MqttDisconnectReason
{
    /// <summary>The client sent DISCONNECT; its will is discarded.</summary>
    ClientDisconnected,

    /// <summary>The network connection closed or failed without DISCONNECT; the will is published.</summary>
    ConnectionLost,

    /// <summary>Nothing arrived for 1.5 × the keep-alive period; the will is published.</summary>
    KeepAliveExpired,

    /// <summary>The client broke MQTT 3.1.1; the will is published.</summary>
    ProtocolViolation,

    /// <summary>Another connection with the same client id took the session over; the will is published.</summary>
    TakenOver,

    /// <summary>The host closed the connection (<see cref="MqttBroker.Disconnect"/>, e.g. revoked credentials); the will is published.</summary>
    ClosedByHost,

    /// <summary>The broker is stopping; wills are not published.</summary>
    BrokerStopping,
}
