namespace EdgeQueue.Mqtt.Packets;

/// <summary>PINGRESP: a fixed header and nothing else.</summary>
public sealed record PingRespPacket : MqttPacket
{
    public static PingRespPacket Instance { get; } = new();

    public override MqttPacketType Type => MqttPacketType.PingResp;
}
