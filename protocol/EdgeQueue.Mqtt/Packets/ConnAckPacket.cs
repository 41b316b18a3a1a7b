namespace EdgeQueue.Mqtt.Packets;

/// <summary>CONNACK (§3.2).</summary>
public sealed record ConnAckPacket : MqttPacket
{
    public override MqttPacketType Type => MqttPacketType.ConnAck;

    public bool SessionPresent { get; init; }

    public ConnectReturnCode ReturnCode { get; init; }
}
