using System.Net;

namespace EdgeQueue.Mqtt.Broker.Security;

/// <summary>The credentials of one CONNECT, handed to an <see cref="IMqttAuthenticator"/>.</summary>
/// <param name="ClientId">The client id the client sent (empty when it asked the broker to assign one).</param>
/// <param name="Username">Null when the CONNECT carried no user name.</param>
/// <param name="Password">Null when the CONNECT carried no password.</param>
/// <param name="RemoteEndPoint">The peer's address.</param>
/// <param name="IsTls">True when the connection came through a TLS listener.</param>
public sealed record MqttConnectRequest(
    string ClientId,
    string? Username,
    ReadOnlyMemory<byte>? Password,
    EndPoint? RemoteEndPoint,
    bool IsTls);
