namespace EdgeQueue.Mqtt.Packets;

/// <summary>PINGREQ: a fixed header and nothing else.</summary>
public sealed record PingReqPacket : MqttPacket
{
    public static PingReqPacket Instance { get; } = new();

    public override MqttPacketType Type => MqttPacketType.PingReq;
}
