namespace EdgeQueue.Mqtt.Packets;

/// <summary>PUBLISH (§3.3). <see cref="PacketId"/> is 0 exactly when the QoS is 0.</summary>
public sealed record PublishPacket : MqttPacket
{
    public override MqttPacketType Type => MqttPacketType.Publish;

    public required string Topic { get; init; }

    public ReadOnlyMemory<byte> Payload { get; init; }

    public MqttQualityOfService QualityOfService { get; init; }

    public bool Retain { get; init; }

    /// <summary>Set on a re-delivery of a QoS 1 or 2 message (§3.3.1.1).</summary>
    public bool Duplicate { get; init; }

    public ushort PacketId { get; init; }
}
