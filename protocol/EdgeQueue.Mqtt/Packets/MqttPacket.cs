namespace EdgeQueue.Mqtt.Packets;

/// <summary>One MQTT 3.1.1 control packet. Every packet type is an immutable record.</summary>
public abstract record MqttPacket
{
    public abstract MqttPacketType Type { get; }
}
