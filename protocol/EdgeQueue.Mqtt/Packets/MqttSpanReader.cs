using System.Buffers.Binary;

namespace EdgeQueue.Mqtt.Packets;

/// <summary>Reads the variable header and payload of one packet; running short is a malformed packet.</summary>
internal ref struct MqttSpanReader(ReadOnlySpan<byte> body, MqttPacketType type)
{
    private readonly ReadOnlySpan<byte> _body = body;
    private int _position;

    public readonly int Remaining => _body.Length - _position;

    public byte ReadByte()
    {
        Need(1, "a byte");
        return _body[_position++];
    }

    public ushort ReadUInt16()
    {
        Need(2, "a two-byte integer");
        var value = BinaryPrimitives.ReadUInt16BigEndian(_body[_position..]);
        _position += 2;
        return value;
    }

    public ushort ReadPacketId()
    {
        var id = ReadUInt16();
        return id != 0
            ? id
            : throw new MqttProtocolException(MqttProtocolError.InvalidPacketIdentifier, $"{type} has packet identifier 0");
    }

    public ReadOnlySpan<byte> ReadBinary(string what)
    {
        var length = ReadUInt16();
        Need(length, what);
        var data = _body.Slice(_position, length);
        _position += length;
        return data;
    }

    public string ReadString(string what) => MqttStrings.Decode(ReadBinary(what), what);

    public ReadOnlySpan<byte> ReadRest()
    {
        var rest = _body[_position..];
        _position = _body.Length;
        return rest;
    }

    public readonly void ExpectEnd()
    {
        if (Remaining != 0)
        {
            throw new MqttProtocolException(MqttProtocolError.MalformedPacket, $"{type} has {Remaining} unexpected bytes at its end");
        }
    }

    private readonly void Need(int count, string what)
    {
        if (Remaining < count)
        {
            throw new MqttProtocolException(MqttProtocolError.MalformedPacket,
                $"{type} ends early: {what} needs {count} bytes, {Remaining} left of remaining length {_body.Length}");
        }
    }
}
