namespace EdgeQueue.Mqtt.Packets;

/// <summary>The fixed header of a packet (§2.2): type, flag bits and the length of what follows.</summary>
public readonly record struct MqttFixedHeader(MqttPacketType Type, byte Flags, int RemainingLength, int HeaderLength)
{
    public int PacketLength => HeaderLength + RemainingLength;
}
