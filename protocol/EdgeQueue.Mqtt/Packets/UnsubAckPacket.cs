namespace EdgeQueue.Mqtt.Packets;

/// <summary>UNSUBACK: carries only the packet identifier it answers.</summary>
public sealed record UnsubAckPacket(ushort PacketId) : MqttPacket
{
    public override MqttPacketType Type => MqttPacketType.UnsubAck;
}
