using System.Buffers.Binary;

namespace EdgeQueue.Hardware.Gpio;

/// <summary>
/// One struct gpio_v2_line_event read from a line request fd: which edge, when (CLOCK_MONOTONIC
/// nanoseconds unless realtime was requested), on which line, and sequence numbers that reveal
/// events lost to a full kernel buffer.
/// </summary>
public readonly record struct GpioLineEvent(ulong TimestampNs, GpioEdge Edge, uint LineOffset, uint Sequence, uint LineSequence)
{
    /// <summary>sizeof(struct gpio_v2_line_event).</summary>
    public const int Size = GpioV2Abi.LineEventSize;

    public TimeSpan Timestamp => TimeSpan.FromTicks((long)(TimestampNs / 100));

    /// <summary>Reads one record; throws <see cref="FormatException"/> for a short record or an unknown event id.</summary>
    public static GpioLineEvent Parse(ReadOnlySpan<byte> record)
    {
        if (record.Length < Size)
        {
            throw new FormatException($"A gpio_v2_line_event is {Size} bytes; got {record.Length}.");
        }

        var id = BinaryPrimitives.ReadUInt32LittleEndian(record[8..]);
        if (id is not (1 or 2))
        {
            throw new FormatException($"Unknown gpio_v2_line_event id {id} (1 = rising, 2 = falling).");
        }

        return new GpioLineEvent(
            BinaryPrimitives.ReadUInt64LittleEndian(record),
            (GpioEdge)id,
            BinaryPrimitives.ReadUInt32LittleEndian(record[12..]),
            BinaryPrimitives.ReadUInt32LittleEndian(record[16..]),
            BinaryPrimitives.ReadUInt32LittleEndian(record[20..]));
    }
}
