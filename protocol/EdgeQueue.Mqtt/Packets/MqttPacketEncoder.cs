using System.Buffers;

namespace EdgeQueue.Mqtt.Packets;

/// <summary>
/// Turns packets into bytes. Packets are checked against the same rules the decoder enforces, so
/// this process never sends what a strict peer would have to refuse: an invalid packet throws
/// <see cref="MqttProtocolException"/> and nothing is written.
/// </summary>
public static class MqttPacketEncoder
{
    public static int GetEncodedLength(MqttPacket packet)
    {
        var remaining = GetRemainingLength(packet);
        return 1 + RemainingLength.GetSize(remaining) + remaining;
    }

    public static byte[] Encode(MqttPacket packet)
    {
        var remaining = GetRemainingLength(packet);
        var bytes = new byte[1 + RemainingLength.GetSize(remaining) + remaining];
        Write(packet, remaining, bytes);
        return bytes;
    }

    /// <summary>Appends the packet to <paramref name="output"/>; returns the number of bytes written.</summary>
    public static int Encode(MqttPacket packet, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var remaining = GetRemainingLength(packet);
        var total = 1 + RemainingLength.GetSize(remaining) + remaining;
        Write(packet, remaining, output.GetSpan(total));
        output.Advance(total);
        return total;
    }

    /// <summary>Writes into <paramref name="destination"/>; returns the number of bytes written.</summary>
    public static int Encode(MqttPacket packet, Span<byte> destination)
    {
        var remaining = GetRemainingLength(packet);
        var total = 1 + RemainingLength.GetSize(remaining) + remaining;
        if (destination.Length < total)
        {
            throw new ArgumentException($"{packet.Type} needs {total} bytes, the destination has {destination.Length}", nameof(destination));
        }

        Write(packet, remaining, destination);
        return total;
    }

    private static int GetRemainingLength(MqttPacket packet)
    {
        ArgumentNullException.ThrowIfNull(packet);
        long length = packet switch
        {
            ConnectPacket connect => ConnectLength(connect),
            ConnAckPacket connAck => ConnAckLength(connAck),
            PublishPacket publish => PublishLength(publish),
            _ when IdOnlyPacketId(packet) is { } id => IdLength(id, packet.Type),
            SubscribePacket subscribe => SubscribeLength(subscribe),
            SubAckPacket subAck => SubAckLength(subAck),
            UnsubscribePacket unsubscribe => UnsubscribeLength(unsubscribe),
            PingReqPacket or PingRespPacket or DisconnectPacket => 0,
            _ => throw new ArgumentException($"unknown packet {packet.GetType().Name}", nameof(packet)),
        };
        return length <= RemainingLength.MaxValue
            ? (int)length
            : throw new MqttProtocolException(MqttProtocolError.PacketTooLarge,
                $"{packet.Type} would need remaining length {length}; MQTT allows {RemainingLength.MaxValue}");
    }

    private static void Write(MqttPacket packet, int remaining, Span<byte> destination)
    {
        var writer = new MqttSpanWriter(destination);
        writer.WriteByte((byte)(((byte)packet.Type << 4) | FixedHeaderFlags(packet)));
        writer.WriteRemainingLength(remaining);
        switch (packet)
        {
            case ConnectPacket connect:
                WriteConnect(ref writer, connect);
                break;
            case ConnAckPacket connAck:
                writer.WriteByte(connAck.SessionPresent ? (byte)1 : (byte)0);
                writer.WriteByte((byte)connAck.ReturnCode);
                break;
            case PublishPacket publish:
                writer.WriteString(publish.Topic);
                if (publish.QualityOfService != MqttQualityOfService.AtMostOnce)
                {
                    writer.WriteUInt16(publish.PacketId);
                }

                writer.WriteBytes(publish.Payload.Span);
                break;
            case var _ when IdOnlyPacketId(packet) is { } id:
                writer.WriteUInt16(id);
                break;
            case SubscribePacket subscribe:
                writer.WriteUInt16(subscribe.PacketId);
                foreach (var subscription in subscribe.Subscriptions)
                {
                    writer.WriteString(subscription.TopicFilter);
                    writer.WriteByte((byte)subscription.QualityOfService);
                }

                break;
            case SubAckPacket subAck:
                writer.WriteUInt16(subAck.PacketId);
                foreach (var code in subAck.ReturnCodes)
                {
                    writer.WriteByte((byte)code);
                }

                break;
            case UnsubscribePacket unsubscribe:
                writer.WriteUInt16(unsubscribe.PacketId);
                foreach (var filter in unsubscribe.TopicFilters)
                {
                    writer.WriteString(filter);
                }

                break;
            default:
                // PINGREQ, PINGRESP and DISCONNECT are a fixed header only.
                break;
        }
    }

    /// <summary>The identifier of PUBACK, PUBREC, PUBREL, PUBCOMP and UNSUBACK, whose body is nothing else.</summary>
    private static ushort? IdOnlyPacketId(MqttPacket packet) => packet switch
    {
        PubAckPacket p => p.PacketId,
        PubRecPacket p => p.PacketId,
        PubRelPacket p => p.PacketId,
        PubCompPacket p => p.PacketId,
        UnsubAckPacket p => p.PacketId,
        _ => null,
    };

    private static byte FixedHeaderFlags(MqttPacket packet) => packet switch
    {
        PublishPacket p => (byte)((p.Duplicate ? 0x08 : 0) | ((byte)p.QualityOfService << 1) | (p.Retain ? 0x01 : 0)),
        PubRelPacket or SubscribePacket or UnsubscribePacket => 0x02,
        _ => 0x00,
    };

    private static long ConnectLength(ConnectPacket connect)
    {
        // Protocol name (2 + 4), level, flags, keep-alive.
        long length = 10 + 2 + MqttStrings.GetValidatedByteCount(connect.ClientId, "client identifier");
        if (connect.ClientId.Length == 0 && !connect.CleanSession)
        {
            throw new MqttProtocolException(MqttProtocolError.IdentifierRejected, "an empty client identifier needs a clean session");
        }

        if (connect.Will is { } will)
        {
            MqttTopic.ValidateName(will.Topic);
            CheckQos(will.QualityOfService, "will");
            length += 2 + MqttStrings.GetValidatedByteCount(will.Topic, "will topic") + 2 + BinaryLength(will.Payload, "will message");
        }

        if (connect.Password is not null && connect.Username is null)
        {
            throw new MqttProtocolException(MqttProtocolError.InvalidConnectFlags, "MQTT 3.1.1 allows a password only together with a user name");
        }

        if (connect.Username is not null)
        {
            length += 2 + MqttStrings.GetValidatedByteCount(connect.Username, "user name");
        }

        if (connect.Password is { } password)
        {
            length += 2 + BinaryLength(password, "password");
        }

        return length;
    }

    private static void WriteConnect(ref MqttSpanWriter writer, ConnectPacket connect)
    {
        writer.WriteString(ConnectPacket.ProtocolName);
        writer.WriteByte(ConnectPacket.ProtocolLevel);
        var flags = connect.CleanSession ? 0x02 : 0;
        if (connect.Will is { } will)
        {
            flags |= 0x04 | ((byte)will.QualityOfService << 3) | (will.Retain ? 0x20 : 0);
        }

        flags |= connect.Password is not null ? 0x40 : 0;
        flags |= connect.Username is not null ? 0x80 : 0;
        writer.WriteByte((byte)flags);
        writer.WriteUInt16(connect.KeepAliveSeconds);
        writer.WriteString(connect.ClientId);
        if (connect.Will is { } w)
        {
            writer.WriteString(w.Topic);
            writer.WriteBinary(w.Payload.Span);
        }

        if (connect.Username is not null)
        {
            writer.WriteString(connect.Username);
        }

        if (connect.Password is { } password)
        {
            writer.WriteBinary(password.Span);
        }
    }

    private static long ConnAckLength(ConnAckPacket connAck)
    {
        if (connAck.ReturnCode > ConnectReturnCode.NotAuthorized)
        {
            throw new MqttProtocolException(MqttProtocolError.InvalidReturnCode, $"CONNACK return code {(byte)connAck.ReturnCode} is not defined");
        }

        return 2;
    }

    private static long PublishLength(PublishPacket publish)
    {
        MqttTopic.ValidateName(publish.Topic);
        CheckQos(publish.QualityOfService, "PUBLISH");
        var hasId = publish.QualityOfService != MqttQualityOfService.AtMostOnce;
        if (hasId && publish.PacketId == 0)
        {
            throw new MqttProtocolException(MqttProtocolError.InvalidPacketIdentifier, $"PUBLISH with QoS {(int)publish.QualityOfService} needs a non-zero packet identifier");
        }

        if (!hasId && (publish.PacketId != 0 || publish.Duplicate))
        {
            throw new MqttProtocolException(MqttProtocolError.InvalidFixedHeaderFlags, "PUBLISH with QoS 0 carries neither a packet identifier nor DUP");
        }

        return 2L + MqttStrings.GetValidatedByteCount(publish.Topic, "topic name") + (hasId ? 2 : 0) + publish.Payload.Length;
    }

    private static long SubscribeLength(SubscribePacket subscribe)
    {
        IdLength(subscribe.PacketId, subscribe.Type);
        if (subscribe.Subscriptions is not { Count: > 0 })
        {
            throw new MqttProtocolException(MqttProtocolError.EmptyTopicList, "SUBSCRIBE needs at least one topic filter");
        }

        long length = 2;
        foreach (var subscription in subscribe.Subscriptions)
        {
            MqttTopic.ValidateFilter(subscription.TopicFilter);
            CheckQos(subscription.QualityOfService, "SUBSCRIBE");
            length += 2 + MqttStrings.GetValidatedByteCount(subscription.TopicFilter, "topic filter") + 1;
        }

        return length;
    }

    private static long SubAckLength(SubAckPacket subAck)
    {
        IdLength(subAck.PacketId, subAck.Type);
        if (subAck.ReturnCodes is not { Count: > 0 })
        {
            throw new MqttProtocolException(MqttProtocolError.EmptyTopicList, "SUBACK needs at least one return code");
        }

        foreach (var code in subAck.ReturnCodes)
        {
            if (code is not (SubscribeReturnCode.GrantedQos0 or SubscribeReturnCode.GrantedQos1 or SubscribeReturnCode.GrantedQos2 or SubscribeReturnCode.Failure))
            {
                throw new MqttProtocolException(MqttProtocolError.InvalidReturnCode, $"SUBACK return code 0x{(byte)code:X2} is not defined");
            }
        }

        return 2 + subAck.ReturnCodes.Count;
    }

    private static long UnsubscribeLength(UnsubscribePacket unsubscribe)
    {
        IdLength(unsubscribe.PacketId, unsubscribe.Type);
        if (unsubscribe.TopicFilters is not { Count: > 0 })
        {
            throw new MqttProtocolException(MqttProtocolError.EmptyTopicList, "UNSUBSCRIBE needs at least one topic filter");
        }

        long length = 2;
        foreach (var filter in unsubscribe.TopicFilters)
        {
            MqttTopic.ValidateFilter(filter);
            length += 2 + MqttStrings.GetValidatedByteCount(filter, "topic filter");
        }

        return length;
    }

    private static long IdLength(ushort packetId, MqttPacketType type) => packetId != 0
        ? 2
        : throw new MqttProtocolException(MqttProtocolError.InvalidPacketIdentifier, $"{type} needs a non-zero packet identifier");

    private static long BinaryLength(ReadOnlyMemory<byte> data, string what) => data.Length <= ushort.MaxValue
        ? data.Length
        : throw new MqttProtocolException(MqttProtocolError.MalformedPacket, $"{what} is {data.Length} bytes; MQTT allows {ushort.MaxValue}");

    private static void CheckQos(MqttQualityOfService qos, string what)
    {
        if (qos > MqttQualityOfService.ExactlyOnce)
        {
            throw new MqttProtocolException(MqttProtocolError.InvalidQualityOfService, $"{what} with QoS {(int)qos}");
        }
    }
}
