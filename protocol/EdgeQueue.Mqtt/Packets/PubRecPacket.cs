namespace EdgeQueue.Mqtt.Packets;

/// <summary>PUBREC: carries only the packet identifier it answers.</summary>
public sealed record PubRecPacket(ushort PacketId) : MqttPacket
{
    public override MqttPacketType Type => MqttPacketType.PubRec;
}
