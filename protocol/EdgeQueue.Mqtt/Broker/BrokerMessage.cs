using EdgeQueue.Mqtt.Packets;

namespace EdgeQueue.Mqtt.Broker;

/// <summary>An application message as the broker routes it: shared, never changed, by every subscriber it goes to.</summary>
/// <param name="Topic">Topic name (no wildcards).</param>
/// <param name="Payload">The bytes; an empty retained message clears the topic's retained message.</param>
/// <param name="QualityOfService">The QoS it was published with; each subscriber gets at most its granted QoS.</param>
/// <param name="Retain">Whether the publisher asked the broker to retain it.</param>
/// <param name="PublisherClientId">The client id of the publisher, or null for in-process publishes and wills of unknown origin.</param>
public sealed record BrokerMessage(
    string Topic,
    ReadOnlyMemory<byte> Payload,
    MqttQualityOfService QualityOfService,
    bool Retain,
    string? PublisherClientId);
