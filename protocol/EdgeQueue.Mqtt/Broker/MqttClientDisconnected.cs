using EdgeQueue.Mqtt.Broker.Security;

namespace EdgeQueue.Mqtt.Broker;

/// <summary>An accepted client's connection ended.</summary>
/// <param name="Client">Client id, user name and address.</param>
/// <param name="Reason">Why it ended.</param>
/// <param name="WillPublished">Whether its last will was published.</param>
/// <param name="Detail">A human-readable detail (the protocol breach, the socket error), or null.</param>
/// <param name="At">When, by the broker's <see cref="TimeProvider"/>.</param>
public sealed record MqttClientDisconnected(
    MqttClientIdentity Client,
    MqttDisconnectReason Reason,
    bool WillPublished,
    string? Detail,
    DateTimeOffset At);
