using System.Buffers.Binary;

namespace EdgeQueue.Hardware.Tests.Gpio;

/// <summary>
/// Writes struct gpio_v2_line_event records the way the kernel does, independently of the driver's
/// constants: u64 timestamp_ns at 0, u32 id at 8 (1 rising, 2 falling), offset at 12, seqno at 16,
/// line_seqno at 20, six u32 of padding: 48 bytes.
/// </summary>
internal sealed class RawEvents
{
    private readonly List<byte> _bytes = [];
    private uint _sequence;

    public RawEvents Edge(bool rising, double atMs, uint line = 17, uint? lineSequence = null)
    {
        var record = new byte[48];
        BinaryPrimitives.WriteUInt64LittleEndian(record, (ulong)(atMs * 1_000_000) + 5_000_000_000UL);
        BinaryPrimitives.WriteUInt32LittleEndian(record.AsSpan(8), rising ? 1u : 2u);
        BinaryPrimitives.WriteUInt32LittleEndian(record.AsSpan(12), line);
        _sequence++;
        BinaryPrimitives.WriteUInt32LittleEndian(record.AsSpan(16), _sequence);
        BinaryPrimitives.WriteUInt32LittleEndian(record.AsSpan(20), lineSequence ?? _sequence);
        _bytes.AddRange(record);
        return this;
    }

    public RawEvents Press(double atMs) => Edge(rising: true, atMs);

    public RawEvents Release(double atMs) => Edge(rising: false, atMs);

    public byte[] ToArray() => [.. _bytes];
}
