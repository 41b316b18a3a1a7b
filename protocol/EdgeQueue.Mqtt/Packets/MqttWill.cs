namespace EdgeQueue.Mqtt.Packets;

/// <summary>The last will a broker publishes when a connection ends without DISCONNECT (§3.1.2.5).</summary>
public sealed record MqttWill
{
    public required string Topic { get; init; }

    public ReadOnlyMemory<byte> Payload { get; init; }

    public MqttQualityOfService QualityOfService { get; init; }

    public bool Retain { get; init; }
}
