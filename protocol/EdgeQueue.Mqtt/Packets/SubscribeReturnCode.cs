namespace EdgeQueue.Mqtt.Packets;

/// <summary>SUBACK return codes (§3.9.3): the granted QoS, or failure.</summary>
public enum SubscribeReturnCode : byte
{
    GrantedQos0 = 0x00,
    GrantedQos1 = 0x01,
    GrantedQos2 = 0x02,
    Failure = 0x80,
}
