namespace EdgeQueue.Mqtt.Packets;

/// <summary>UNSUBSCRIBE (§3.10): at least one filter.</summary>
public sealed record UnsubscribePacket(ushort PacketId, IReadOnlyList<string> TopicFilters) : MqttPacket
{
    public override MqttPacketType Type => MqttPacketType.Unsubscribe;
}
