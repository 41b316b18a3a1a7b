namespace EdgeQueue.Mqtt.Packets;

/// <summary>Why bytes on the wire are not a valid MQTT 3.1.1 packet.</summary>
public enum MqttProtocolError
{
    /// <summary>Packet type 0 or 15 (§2.2.1).</summary>
    ReservedPacketType,

    /// <summary>Fixed-header flag bits differ from §2.2.2, or PUBLISH QoS 3 / DUP with QoS 0.</summary>
    InvalidFixedHeaderFlags,

    /// <summary>Remaining length longer than 4 bytes (§2.2.3).</summary>
    MalformedRemainingLength,

    /// <summary>The fixed header announces more than the configured maximum packet size.</summary>
    PacketTooLarge,

    /// <summary>The variable header or payload ends early, or bytes are left over.</summary>
    MalformedPacket,

    /// <summary>A string that is not well-formed UTF-8, contains U+0000 or exceeds 65,535 bytes (§1.5.3).</summary>
    InvalidUtf8String,

    /// <summary>Empty topic name, or one containing + or # (§4.7).</summary>
    InvalidTopicName,

    /// <summary>Empty topic filter, or + / # not occupying a whole level, or # not last (§4.7.1).</summary>
    InvalidTopicFilter,

    /// <summary>A QoS value of 3, or reserved bits set in a requested QoS byte.</summary>
    InvalidQualityOfService,

    /// <summary>Packet identifier 0 where a non-zero one is required (§2.3.1).</summary>
    InvalidPacketIdentifier,

    /// <summary>Protocol name other than "MQTT" (§3.1.2.1).</summary>
    InvalidProtocolName,

    /// <summary>Protocol level other than 4 (§3.1.2.2); answered with CONNACK 0x01.</summary>
    UnsupportedProtocolLevel,

    /// <summary>Reserved connect flag set, or will/user name/password flags inconsistent (§3.1.2.3).</summary>
    InvalidConnectFlags,

    /// <summary>Empty client id with a persistent session (§3.1.3.1); answered with CONNACK 0x02.</summary>
    IdentifierRejected,

    /// <summary>SUBSCRIBE or UNSUBSCRIBE without any topic filter, or SUBACK without return codes.</summary>
    EmptyTopicList,

    /// <summary>A CONNACK or SUBACK return code the specification does not define.</summary>
    InvalidReturnCode,

    /// <summary>A packet that is valid on its own but not allowed at this point of the conversation.</summary>
    UnexpectedPacket,
}
