namespace EdgeQueue.Mqtt.Packets;

/// <summary>SUBSCRIBE (§3.8): at least one filter.</summary>
public sealed record SubscribePacket(ushort PacketId, IReadOnlyList<MqttSubscription> Subscriptions) : MqttPacket
{
    public override MqttPacketType Type => MqttPacketType.Subscribe;
}
