namespace EdgeQueue.Mqtt.Packets;

/// <summary>PUBREL: carries only the packet identifier it answers.</summary>
public sealed record PubRelPacket(ushort PacketId) : MqttPacket
{
    public override MqttPacketType Type => MqttPacketType.PubRel;
}
