namespace EdgeQueue.Mqtt.Packets;

/// <summary>DISCONNECT: a fixed header and nothing else.</summary>
public sealed record DisconnectPacket : MqttPacket
{
    public static DisconnectPacket Instance { get; } = new();

    public override MqttPacketType Type => MqttPacketType.Disconnect;
}
