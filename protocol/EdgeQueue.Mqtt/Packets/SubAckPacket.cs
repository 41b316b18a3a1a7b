namespace EdgeQueue.Mqtt.Packets;

/// <summary>SUBACK (§3.9): one return code per filter, in the order of the SUBSCRIBE.</summary>
public sealed record SubAckPacket(ushort PacketId, IReadOnlyList<SubscribeReturnCode> ReturnCodes) : MqttPacket
{
    public override MqttPacketType Type => MqttPacketType.SubAck;
}
