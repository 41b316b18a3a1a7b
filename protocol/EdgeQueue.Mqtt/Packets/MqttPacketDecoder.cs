using System.Buffers;
using System.Diagnostics.CodeAnalysis;

namespace EdgeQueue.Mqtt.Packets;

/// <summary>
/// Turns bytes into packets. Each call reports one of three outcomes: a packet (true), "need more
/// bytes" (false, nothing consumed) or a protocol error (<see cref="MqttProtocolException"/>, after
/// which the connection must be closed). Oversized packets are refused from the fixed header alone,
/// before their body is buffered. Thread-safe: holds only its limit.
/// </summary>
public sealed class MqttPacketDecoder
{
    /// <summary>One type byte, four length bytes and the largest remaining length.</summary>
    public const int ProtocolMaximumPacketSize = 1 + RemainingLength.MaxBytes + RemainingLength.MaxValue;

    public MqttPacketDecoder(int maximumPacketSize = ProtocolMaximumPacketSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maximumPacketSize, 2);
        MaximumPacketSize = maximumPacketSize;
    }

    public int MaximumPacketSize { get; }

    /// <summary>Reads and checks a fixed header; false when more bytes are needed to see all of it.</summary>
    public bool TryReadFixedHeader(ReadOnlySpan<byte> buffer, out MqttFixedHeader header)
    {
        header = default;
        if (buffer.IsEmpty)
        {
            return false;
        }

        var type = (MqttPacketType)(buffer[0] >> 4);
        var flags = (byte)(buffer[0] & 0x0F);
        CheckTypeAndFlags(type, flags);
        if (!RemainingLength.TryRead(buffer[1..], out var remaining, out var lengthSize))
        {
            return false;
        }

        header = new MqttFixedHeader(type, flags, remaining, 1 + lengthSize);
        CheckLength(header);
        return true;
    }

    public bool TryDecode(ReadOnlySpan<byte> buffer, [NotNullWhen(true)] out MqttPacket? packet, out int consumed)
    {
        packet = null;
        consumed = 0;
        if (!TryReadFixedHeader(buffer, out var header) || buffer.Length < header.PacketLength)
        {
            return false;
        }

        packet = DecodeBody(header, buffer.Slice(header.HeaderLength, header.RemainingLength));
        consumed = header.PacketLength;
        return true;
    }

    public bool TryDecode(ReadOnlySequence<byte> buffer, [NotNullWhen(true)] out MqttPacket? packet, out SequencePosition consumed)
    {
        packet = null;
        consumed = buffer.Start;
        if (buffer.IsSingleSegment)
        {
            if (!TryDecode(buffer.FirstSpan, out packet, out var used))
            {
                return false;
            }

            consumed = buffer.GetPosition(used);
            return true;
        }

        Span<byte> headerBytes = stackalloc byte[1 + RemainingLength.MaxBytes];
        var headerLength = (int)Math.Min(headerBytes.Length, buffer.Length);
        buffer.Slice(0, headerLength).CopyTo(headerBytes);
        if (!TryReadFixedHeader(headerBytes[..headerLength], out var header) || buffer.Length < header.PacketLength)
        {
            return false;
        }

        var body = buffer.Slice(header.HeaderLength, header.RemainingLength);
        var rented = ArrayPool<byte>.Shared.Rent(header.RemainingLength);
        try
        {
            body.CopyTo(rented);
            packet = DecodeBody(header, rented.AsSpan(0, header.RemainingLength));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        consumed = buffer.GetPosition(header.PacketLength);
        return true;
    }

    /// <summary>Decodes the variable header and payload that follow a checked fixed header.</summary>
    public static MqttPacket DecodeBody(MqttFixedHeader header, ReadOnlySpan<byte> body)
    {
        var reader = new MqttSpanReader(body, header.Type);
        MqttPacket packet = header.Type switch
        {
            MqttPacketType.Connect => DecodeConnect(ref reader),
            MqttPacketType.ConnAck => DecodeConnAck(ref reader),
            MqttPacketType.Publish => DecodePublish(ref reader, header.Flags),
            MqttPacketType.PubAck => new PubAckPacket(reader.ReadPacketId()),
            MqttPacketType.PubRec => new PubRecPacket(reader.ReadPacketId()),
            MqttPacketType.PubRel => new PubRelPacket(reader.ReadPacketId()),
            MqttPacketType.PubComp => new PubCompPacket(reader.ReadPacketId()),
            MqttPacketType.Subscribe => DecodeSubscribe(ref reader),
            MqttPacketType.SubAck => DecodeSubAck(ref reader),
            MqttPacketType.Unsubscribe => DecodeUnsubscribe(ref reader),
            MqttPacketType.UnsubAck => new UnsubAckPacket(reader.ReadPacketId()),
            MqttPacketType.PingReq => PingReqPacket.Instance,
            MqttPacketType.PingResp => PingRespPacket.Instance,
            MqttPacketType.Disconnect => DisconnectPacket.Instance,
            _ => throw new MqttProtocolException(MqttProtocolError.ReservedPacketType, $"packet type {(int)header.Type} is reserved"),
        };
        reader.ExpectEnd();
        return packet;
    }

    private static void CheckTypeAndFlags(MqttPacketType type, byte flags)
    {
        switch (type)
        {
            case MqttPacketType.Publish:
                var qos = (flags >> 1) & 0x03;
                if (qos == 3)
                {
                    throw new MqttProtocolException(MqttProtocolError.InvalidQualityOfService, "PUBLISH with QoS 3");
                }

                if (qos == 0 && (flags & 0x08) != 0)
                {
                    throw new MqttProtocolException(MqttProtocolError.InvalidFixedHeaderFlags, "PUBLISH with QoS 0 has the DUP flag set");
                }

                return;
            case MqttPacketType.PubRel or MqttPacketType.Subscribe or MqttPacketType.Unsubscribe:
                ExpectFlags(type, flags, 0x02);
                return;
            case >= MqttPacketType.Connect and <= MqttPacketType.Disconnect:
                ExpectFlags(type, flags, 0x00);
                return;
            default:
                throw new MqttProtocolException(MqttProtocolError.ReservedPacketType, $"packet type {(int)type} is reserved");
        }
    }

    private static void ExpectFlags(MqttPacketType type, byte flags, byte expected)
    {
        if (flags != expected)
        {
            throw new MqttProtocolException(MqttProtocolError.InvalidFixedHeaderFlags,
                $"{type} has fixed-header flags 0x{flags:X1}; MQTT 3.1.1 requires 0x{expected:X1}");
        }
    }

    private void CheckLength(MqttFixedHeader header)
    {
        if (header.PacketLength > MaximumPacketSize)
        {
            throw new MqttProtocolException(MqttProtocolError.PacketTooLarge,
                $"{header.Type} of {header.PacketLength} bytes exceeds the limit of {MaximumPacketSize} bytes");
        }

        // Packets of fixed size are refused at once instead of waiting for a body that cannot be right.
        int? exact = header.Type switch
        {
            MqttPacketType.ConnAck or MqttPacketType.PubAck or MqttPacketType.PubRec or MqttPacketType.PubRel
                or MqttPacketType.PubComp or MqttPacketType.UnsubAck => 2,
            MqttPacketType.PingReq or MqttPacketType.PingResp or MqttPacketType.Disconnect => 0,
            _ => null,
        };
        if (exact is { } expected && header.RemainingLength != expected)
        {
            throw new MqttProtocolException(MqttProtocolError.MalformedPacket,
                $"{header.Type} has remaining length {header.RemainingLength}; it must be {expected}");
        }
    }

    private static ConnectPacket DecodeConnect(ref MqttSpanReader reader)
    {
        var protocolName = reader.ReadString("protocol name");
        var level = reader.ReadByte();
        if (protocolName != ConnectPacket.ProtocolName)
        {
            // MQTT 3.1 clients say "MQIsdp": they understand CONNACK 0x01; anything else gets no answer.
            throw protocolName == "MQIsdp"
                ? new MqttProtocolException(MqttProtocolError.UnsupportedProtocolLevel,
                    $"MQTT 3.1 (MQIsdp level {level}) is not supported; use MQTT 3.1.1", ConnectReturnCode.UnacceptableProtocolVersion)
                : new MqttProtocolException(MqttProtocolError.InvalidProtocolName, $"protocol name '{protocolName}' is not MQTT");
        }

        if (level != ConnectPacket.ProtocolLevel)
        {
            throw new MqttProtocolException(MqttProtocolError.UnsupportedProtocolLevel,
                $"protocol level {level} is not supported; MQTT 3.1.1 is level 4", ConnectReturnCode.UnacceptableProtocolVersion);
        }

        var flags = reader.ReadByte();
        var cleanSession = (flags & 0x02) != 0;
        var hasWill = (flags & 0x04) != 0;
        var willQos = (flags >> 3) & 0x03;
        var willRetain = (flags & 0x20) != 0;
        var hasPassword = (flags & 0x40) != 0;
        var hasUsername = (flags & 0x80) != 0;
        if ((flags & 0x01) != 0)
        {
            throw new MqttProtocolException(MqttProtocolError.InvalidConnectFlags, "CONNECT has the reserved flag bit set");
        }

        if (willQos == 3)
        {
            throw new MqttProtocolException(MqttProtocolError.InvalidQualityOfService, "CONNECT asks for will QoS 3");
        }

        if (!hasWill && (willQos != 0 || willRetain))
        {
            throw new MqttProtocolException(MqttProtocolError.InvalidConnectFlags, "CONNECT sets will QoS or will retain without a will");
        }

        if (hasPassword && !hasUsername)
        {
            throw new MqttProtocolException(MqttProtocolError.InvalidConnectFlags, "CONNECT has a password flag without a user name flag");
        }

        var keepAlive = reader.ReadUInt16();
        var clientId = reader.ReadString("client identifier");
        if (clientId.Length == 0 && !cleanSession)
        {
            throw new MqttProtocolException(MqttProtocolError.IdentifierRejected,
                "an empty client identifier needs a clean session", ConnectReturnCode.IdentifierRejected);
        }

        MqttWill? will = null;
        if (hasWill)
        {
            var topic = reader.ReadString("will topic");
            MqttTopic.ValidateName(topic);
            will = new MqttWill
            {
                Topic = topic,
                Payload = reader.ReadBinary("will message").ToArray(),
                QualityOfService = (MqttQualityOfService)willQos,
                Retain = willRetain,
            };
        }

        var username = hasUsername ? reader.ReadString("user name") : null;
        ReadOnlyMemory<byte>? password = hasPassword ? reader.ReadBinary("password").ToArray() : null;
        return new ConnectPacket
        {
            ClientId = clientId,
            CleanSession = cleanSession,
            KeepAliveSeconds = keepAlive,
            Username = username,
            Password = password,
            Will = will,
        };
    }

    private static ConnAckPacket DecodeConnAck(ref MqttSpanReader reader)
    {
        var acknowledgeFlags = reader.ReadByte();
        if ((acknowledgeFlags & 0xFE) != 0)
        {
            throw new MqttProtocolException(MqttProtocolError.MalformedPacket, $"CONNACK has reserved flag bits set (0x{acknowledgeFlags:X2})");
        }

        var code = reader.ReadByte();
        if (code > (byte)ConnectReturnCode.NotAuthorized)
        {
            throw new MqttProtocolException(MqttProtocolError.InvalidReturnCode, $"CONNACK return code {code} is not defined");
        }

        return new ConnAckPacket { SessionPresent = (acknowledgeFlags & 0x01) != 0, ReturnCode = (ConnectReturnCode)code };
    }

    private static PublishPacket DecodePublish(ref MqttSpanReader reader, byte flags)
    {
        var qos = (MqttQualityOfService)((flags >> 1) & 0x03);
        var topic = reader.ReadString("topic name");
        MqttTopic.ValidateName(topic);
        var packetId = qos == MqttQualityOfService.AtMostOnce ? (ushort)0 : reader.ReadPacketId();
        var payload = reader.ReadRest();
        return new PublishPacket
        {
            Topic = topic,
            Payload = payload.IsEmpty ? ReadOnlyMemory<byte>.Empty : payload.ToArray(),
            QualityOfService = qos,
            Retain = (flags & 0x01) != 0,
            Duplicate = (flags & 0x08) != 0,
            PacketId = packetId,
        };
    }

    private static SubscribePacket DecodeSubscribe(ref MqttSpanReader reader)
    {
        var packetId = reader.ReadPacketId();
        var subscriptions = new List<MqttSubscription>();
        while (reader.Remaining > 0)
        {
            var filter = reader.ReadString("topic filter");
            MqttTopic.ValidateFilter(filter);
            var requested = reader.ReadByte();
            if (requested > (byte)MqttQualityOfService.ExactlyOnce)
            {
                throw new MqttProtocolException(MqttProtocolError.InvalidQualityOfService,
                    $"SUBSCRIBE to '{filter}' asks for QoS byte 0x{requested:X2}");
            }

            subscriptions.Add(new MqttSubscription(filter, (MqttQualityOfService)requested));
        }

        return subscriptions.Count > 0
            ? new SubscribePacket(packetId, subscriptions)
            : throw new MqttProtocolException(MqttProtocolError.EmptyTopicList, "SUBSCRIBE without any topic filter");
    }

    private static SubAckPacket DecodeSubAck(ref MqttSpanReader reader)
    {
        var packetId = reader.ReadPacketId();
        var codes = reader.ReadRest();
        if (codes.IsEmpty)
        {
            throw new MqttProtocolException(MqttProtocolError.EmptyTopicList, "SUBACK without any return code");
        }

        var result = new SubscribeReturnCode[codes.Length];
        for (var i = 0; i < codes.Length; i++)
        {
            result[i] = codes[i] is 0x00 or 0x01 or 0x02 or 0x80
                ? (SubscribeReturnCode)codes[i]
                : throw new MqttProtocolException(MqttProtocolError.InvalidReturnCode, $"SUBACK return code 0x{codes[i]:X2} is not defined");
        }

        return new SubAckPacket(packetId, result);
    }

    private static UnsubscribePacket DecodeUnsubscribe(ref MqttSpanReader reader)
    {
        var packetId = reader.ReadPacketId();
        var filters = new List<string>();
        while (reader.Remaining > 0)
        {
            var filter = reader.ReadString("topic filter");
            MqttTopic.ValidateFilter(filter);
            filters.Add(filter);
        }

        return filters.Count > 0
            ? new UnsubscribePacket(packetId, filters)
            : throw new MqttProtocolException(MqttProtocolError.EmptyTopicList, "UNSUBSCRIBE without any topic filter");
    }
}
