using EdgeQueue.Mqtt.Broker.Security;

namespace EdgeQueue.Mqtt.Broker;

/// <summary>A client's CONNECT was accepted and its CONNACK sent.</summary>
/// <param name="Client">Client id, user name and address.</param>
/// <param name="CleanSession">Whether the client asked for a clean session.</param>
/// <param name="SessionPresent">Whether a stored persistent session was resumed.</param>
/// <param name="At">When, by the broker's <see cref="TimeProvider"/>.</param>
public sealed record MqttClientConnected(MqttClientIdentity Client, bool CleanSession, bool SessionPresent, DateTimeOffset At);
