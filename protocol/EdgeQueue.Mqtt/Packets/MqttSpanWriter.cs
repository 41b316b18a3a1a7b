using System.Buffers.Binary;

namespace EdgeQueue.Mqtt.Packets;

/// <summary>Writes into a span already sized by <see cref="MqttPacketEncoder.GetEncodedLength"/>.</summary>
internal ref struct MqttSpanWriter(Span<byte> destination)
{
    private readonly Span<byte> _destination = destination;

    public int Position { get; private set; }

    public void WriteByte(byte value) => _destination[Position++] = value;

    public void WriteUInt16(ushort value)
    {
        BinaryPrimitives.WriteUInt16BigEndian(_destination[Position..], value);
        Position += 2;
    }

    public void WriteRemainingLength(int value) => Position += RemainingLength.Write(value, _destination[Position..]);

    public void WriteBytes(ReadOnlySpan<byte> value)
    {
        value.CopyTo(_destination[Position..]);
        Position += value.Length;
    }

    public void WriteBinary(ReadOnlySpan<byte> value)
    {
        WriteUInt16((ushort)value.Length);
        WriteBytes(value);
    }

    /// <summary>Writes a string whose UTF-8 length was validated when the packet was sized.</summary>
    public void WriteString(string value)
    {
        var byteCount = MqttStrings.Encode(value, _destination[(Position + 2)..]);
        WriteUInt16((ushort)byteCount);
        Position += byteCount;
    }
}
