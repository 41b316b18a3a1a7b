using System.Net;

namespace EdgeQueue.Mqtt.Broker.Security;

/// <summary>Who is on a connection, as established by its CONNECT.</summary>
/// <param name="ClientId">The client id (assigned by the broker when the client sent an empty one).</param>
/// <param name="Username">The user name of the CONNECT, or null for an anonymous client.</param>
/// <param name="RemoteEndPoint">The peer's address, for logs; null for in-process publishers.</param>
public sealed record MqttClientIdentity(string ClientId, string? Username, EndPoint? RemoteEndPoint);
