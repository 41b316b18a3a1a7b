using EdgeQueue.Mqtt.Packets;

namespace EdgeQueue.Mqtt.Client;

/// <summary>A message received from the broker (or one to publish).</summary>
public sealed record MqttApplicationMessage
{
    public required string Topic { get; init; }

    public ReadOnlyMemory<byte> Payload { get; init; }

    public MqttQualityOfService QualityOfService { get; init; }

    /// <summary>On receipt: the broker sent it from its retained store because of a new subscription.</summary>
    public bool Retain { get; init; }
}
