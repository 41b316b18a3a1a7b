namespace EdgeQueue.Mqtt.Packets;

/// <summary>PUBCOMP: carries only the packet identifier it answers.</summary>
public sealed record PubCompPacket(ushort PacketId) : MqttPacket
{
    public override MqttPacketType Type => MqttPacketType.PubComp;
}
