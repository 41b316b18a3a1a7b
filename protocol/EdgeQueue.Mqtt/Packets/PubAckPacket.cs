namespace EdgeQueue.Mqtt.Packets;

/// <summary>PUBACK: carries only the packet identifier it answers.</summary>
public sealed record PubAckPacket(ushort PacketId) : MqttPacket
{
    public override MqttPacketType Type => MqttPacketType.PubAck;
}
